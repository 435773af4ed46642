import type { CounterStore } from './counter-store.js';
import type { DailyKeyedHash } from './daily-keyed-hash.js';
import { RATE_LIMIT_WINDOW_MS, type RateLimitCategory, type RateLimits } from './limits.js';

export interface Requester {
  /** The client address, normalised (an IPv6 address to its /64). */
  address: string;
  /** The browser's participant token, or the account a login names; null when there is none. */
  participant: string | null;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterS: number; limit: 'participant' | 'address' };

/** Decides whether a request is within its limits, counting it either way. */
export class RateLimiter {
  constructor(
    private readonly limits: RateLimits,
    private readonly counters: CounterStore,
    private readonly hasher: DailyKeyedHash,
    private readonly clock: () => number = Date.now,
  ) {}

  async check(category: RateLimitCategory, who: Requester): Promise<Verdict> {
    const now = this.clock();
    const { perParticipant, perAddress } = this.limits[category];
    const keys: string[] = [];
    const maxima: number[] = [];
    const kinds: ('participant' | 'address')[] = [];
    if (perAddress > 0) {
      keys.push(`${category}:a:${this.hasher.hash(`a:${who.address}`)}`);
      maxima.push(perAddress);
      kinds.push('address');
    }
    if (perParticipant > 0 && who.participant) {
      keys.push(`${category}:p:${this.hasher.hash(`p:${who.participant}`)}`);
      maxima.push(perParticipant);
      kinds.push('participant');
    }
    if (keys.length === 0) return { allowed: true };
    const counts = await this.counters.hit(keys, RATE_LIMIT_WINDOW_MS, now);
    const over = counts.findIndex((n, i) => n > maxima[i]!);
    if (over < 0) return { allowed: true };
    const resetAt = Math.floor(now / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS + RATE_LIMIT_WINDOW_MS;
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((resetAt - now) / 1000)), limit: kinds[over]! };
  }

  close(): Promise<void> {
    return this.counters.close();
  }
}
