import pg from 'pg';
import { windowStart, type CounterStore } from './counter-store.js';

/**
 * Counters in PostgreSQL's `rate_limits` table (an unlogged table: no write-ahead log, emptied after
 * a database crash, which only resets the counts), so that the limits hold across every app
 * process. One statement per request counts all its keys. A small pool of its own keeps counting
 * from waiting behind the store's queries.
 */
export class PostgresCounterStore implements CounterStore {
  private readonly pool: pg.Pool;
  private lastPrune = 0;

  constructor(url: string, poolSize = 4) {
    this.pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle client that loses its connection must not take the process down.
    this.pool.on('error', () => {});
  }

  async hit(keys: string[], windowMs: number, now: number): Promise<number[]> {
    if (keys.length === 0) return [];
    const start = windowStart(now, windowMs);
    // Rows are locked in key order, so that two requests cannot deadlock on each other's keys.
    const sorted = [...new Set(keys)].sort();
    const values = sorted.map((_, i) => `($${i + 2}, $1, 1)`).join(', ');
    const { rows } = await this.pool.query<{ key: string; hits: number }>(
      `insert into rate_limits (key, window_start, hits) values ${values}
       on conflict (key) do update set
         hits = case when rate_limits.window_start = excluded.window_start then rate_limits.hits + 1 else 1 end,
         window_start = excluded.window_start
       returning key, hits`,
      [start, ...sorted],
    );
    if (start !== this.lastPrune) {
      this.lastPrune = start;
      void this.pool.query('delete from rate_limits where window_start < $1', [start - windowMs]).catch(() => {});
    }
    const hits = new Map(rows.map((r) => [r.key, Number(r.hits)]));
    return keys.map((k) => hits.get(k) ?? 1);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
