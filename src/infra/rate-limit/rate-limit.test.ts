import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pgAdminUrl, postgresTestStore, type TestStore } from '../../../test/support/databases.js';
import { loadConfig } from '../config.js';
import { DailyKeyedHash } from './daily-keyed-hash.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './limits.js';
import { MemoryCounterStore } from './memory-counter-store.js';
import { PostgresCounterStore } from './postgres-counter-store.js';
import { RateLimiter } from './rate-limiter.js';
import { sessionSecret } from './session-secret.js';

const T = Date.UTC(2026, 0, 19, 8, 0, 10);
const SECRET = 'x'.repeat(32);
const votesOnly = (perParticipant: number, perAddress: number): RateLimits => ({ ...DEFAULT_RATE_LIMITS, votes: { perParticipant, perAddress } });

describe('rate limit configuration', () => {
  it('has generous defaults and reads each limit from the environment, 0 for none', () => {
    expect(loadConfig({}).rateLimits.votes).toEqual({ perParticipant: 120, perAddress: 6000 });
    const c = loadConfig({ RATE_LIMIT_VOTES_PER_ADDRESS: '0', RATE_LIMIT_LOGINS_PER_ACCOUNT: '3' });
    expect(c.rateLimits.votes.perAddress).toBe(0);
    expect(c.rateLimits.logins.perParticipant).toBe(3);
    expect(() => loadConfig({ RATE_LIMIT_STATEMENTS_PER_PARTICIPANT: 'many' })).toThrow(/RATE_LIMIT_STATEMENTS_PER_PARTICIPANT/);
    expect(() => loadConfig({ RATE_LIMIT_JOINS_PER_ADDRESS: '-1' })).toThrow(/RATE_LIMIT_JOINS_PER_ADDRESS/);
  });

  it('takes SESSION_SECRET only when it is long enough', () => {
    expect(loadConfig({}).sessionSecret).toBeNull();
    expect(loadConfig({ SESSION_SECRET: SECRET }).sessionSecret).toBe(SECRET);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
  });

  it('makes a secret in DATA_DIR once, readable by its owner only, and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sopu-secret-'));
    try {
      const made = sessionSecret(null, join(dir, 'data'));
      expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(statSync(join(dir, 'data', 'secret')).mode & 0o777).toBe(0o600);
      expect(sessionSecret(null, join(dir, 'data'))).toBe(made);
      expect(sessionSecret(SECRET, join(dir, 'data'))).toBe(SECRET);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the keyed hash of addresses', () => {
  it('hides the address, is stable within a day and changes with the day', () => {
    let now = T;
    const hash = new DailyKeyedHash(SECRET, () => now);
    const today = hash.hash('a:192.0.2.1');
    expect(today).not.toContain('192');
    expect(hash.hash('a:192.0.2.1')).toBe(today);
    expect(hash.hash('a:192.0.2.2')).not.toBe(today);
    expect(new DailyKeyedHash('y'.repeat(32), () => now).hash('a:192.0.2.1')).not.toBe(today);
    now += 24 * 3600_000;
    expect(hash.hash('a:192.0.2.1')).not.toBe(today);
  });
});

describe('the rate limiter', () => {
  it('counts per participant and per address in one-minute windows and says when to come back', async () => {
    let now = T;
    const limiter = new RateLimiter(votesOnly(2, 3), new MemoryCounterStore(), new DailyKeyedHash(SECRET, () => now), () => now);
    const alice = { address: '192.0.2.1', participant: 'browser:alice' };
    expect(await limiter.check('votes', alice)).toEqual({ allowed: true });
    expect(await limiter.check('votes', alice)).toEqual({ allowed: true });
    expect(await limiter.check('votes', alice)).toEqual({ allowed: false, retryAfterS: 50, limit: 'participant' });
    expect(await limiter.check('votes', { address: '192.0.2.1', participant: null })).toMatchObject({ allowed: false, limit: 'address' });
    expect(await limiter.check('statements', alice)).toEqual({ allowed: true });
    now = T + 50_000;
    expect(await limiter.check('votes', alice)).toEqual({ allowed: true });
  });

  it('keeps memory bounded under a flood of made-up participants', async () => {
    const counters = new MemoryCounterStore(1_000);
    for (let i = 0; i < 5_000; i++) await counters.hit([`votes:p:${i}`], 60_000, T);
    expect((counters as unknown as { counts: Map<string, unknown> }).counts.size).toBeLessThanOrEqual(1_000);
  });
});

const adminUrl = pgAdminUrl();
describe.skipIf(!adminUrl)('rate limits on PostgreSQL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('hold across app processes and store no address or cookie, only keyed hashes', async () => {
    const db: TestStore = await postgresTestStore(adminUrl!);
    cleanups.push(() => db.cleanup());
    // Two app processes: each its own counter pool, one shared secret.
    const processes = [0, 1].map(() => {
      const counters = new PostgresCounterStore(db.location);
      cleanups.push(() => counters.close());
      return new RateLimiter(votesOnly(3, 5), counters, new DailyKeyedHash(SECRET, () => T), () => T);
    });
    const who = { address: '198.51.100.23', participant: 'browser:token-of-bob' };
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await processes[i % 2]!.check('votes', who));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    // Concurrent requests through both processes: exactly the limit gets through.
    const other = { address: '198.51.100.24', participant: null };
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => processes[i % 2]!.check('votes', other)));
    expect(burst.filter((v) => v.allowed)).toHaveLength(5);

    const client = new pg.Client({ connectionString: db.location });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string }>('select key from rate_limits');
      expect(rows.length).toBe(3);
      for (const { key } of rows) {
        expect(key).toMatch(/^votes:[ap]:[A-Za-z0-9_-]{22}$/);
        expect(key).not.toMatch(/198|bob/);
      }
    } finally {
      await client.end();
    }
  });
});
