import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { CounterStore } from './counter-store.js';
import { DailyKeyedHash } from './daily-keyed-hash.js';
import { DEFAULT_RATE_LIMITS } from './limits.js';
import { MemoryCounterStore } from './memory-counter-store.js';
import { PostgresCounterStore } from './postgres-counter-store.js';
import { RateLimiter } from './rate-limiter.js';
import { sessionSecret } from './session-secret.js';

/**
 * The rate limiter `sopu serve` runs with: counters in memory on SQLite (one process serves), in
 * PostgreSQL otherwise, so that the limits hold across all app processes.
 */
export function rateLimiterFor(config: Config): RateLimiter {
  const counters: CounterStore =
    config.database.dialect === 'postgres' ? new PostgresCounterStore(config.database.location) : new MemoryCounterStore();
  return new RateLimiter(config.rateLimits, counters, new DailyKeyedHash(sessionSecret(config.sessionSecret, config.dataDir)));
}

/** Limits counted in memory, with a key of this process's own: for tests and tools. */
export function inMemoryRateLimiter(limits = DEFAULT_RATE_LIMITS, clock: () => number = Date.now): RateLimiter {
  return new RateLimiter(limits, new MemoryCounterStore(), new DailyKeyedHash(randomBytes(32).toString('base64url'), clock), clock);
}
