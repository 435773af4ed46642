/**
 * Counts requests in fixed windows. `hit` counts one request against each key in the window that
 * holds `now` and answers each key's count in that window, this request included.
 */
export interface CounterStore {
  hit(keys: string[], windowMs: number, now: number): Promise<number[]>;
  close(): Promise<void>;
}

export const windowStart = (now: number, windowMs: number) => Math.floor(now / windowMs) * windowMs;
