import { createHmac } from 'node:crypto';
import { BoundedMemo } from '../system/bounded-memo.js';

/**
 * What a rate limit stores of a client address or a browser: an HMAC under a key derived from a
 * secret and the UTC date. The key changes every day, so a counter row cannot be linked to the same
 * address on another day, and without the secret the row does not reveal the address.
 */
export class DailyKeyedHash {
  /** The UTC day the key is for, as days since the epoch (a UTC day is 86,400,000 ms of epoch time). */
  private dayNumber = Number.NaN;
  private key: Buffer = Buffer.alloc(0);
  /** A browser sends many requests and an address many more: each is hashed once a day. */
  private readonly memo = new BoundedMemo(50_000, (value) => createHmac('sha256', this.key).update(value).digest('base64url').slice(0, 22));

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {}

  hash(value: string): string {
    // Every request is hashed: the date is formatted only when the day changes.
    const now = this.now();
    const dayNumber = Math.floor(now / 86_400_000);
    if (dayNumber !== this.dayNumber) {
      this.dayNumber = dayNumber;
      const day = new Date(now).toISOString().slice(0, 10);
      this.key = createHmac('sha256', this.secret).update(`sopu-rate-limit:${day}`).digest();
      this.memo.clear();
    }
    return this.memo.get(value);
  }
}
