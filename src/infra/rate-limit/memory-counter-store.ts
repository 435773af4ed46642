import { windowStart, type CounterStore } from './counter-store.js';

/**
 * Counters in the memory of one process: right for SQLite, where one process serves. Memory stays
 * bounded under a flood of made-up cookies: past windows are swept, and past `maxKeys` the
 * counters start afresh.
 */
export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, { start: number; hits: number }>();
  private lastSweep = 0;

  constructor(private readonly maxKeys = 500_000) {}

  async hit(keys: string[], windowMs: number, now: number): Promise<number[]> {
    const start = windowStart(now, windowMs);
    if (start !== this.lastSweep) this.sweep(start);
    return keys.map((key) => {
      const entry = this.counts.get(key);
      if (entry && entry.start === start) return ++entry.hits;
      if (this.counts.size >= this.maxKeys) this.counts.clear();
      this.counts.set(key, { start, hits: 1 });
      return 1;
    });
  }

  private sweep(start: number): void {
    this.lastSweep = start;
    for (const [key, entry] of this.counts) if (entry.start < start) this.counts.delete(key);
  }

  async close(): Promise<void> {
    this.counts.clear();
  }
}
