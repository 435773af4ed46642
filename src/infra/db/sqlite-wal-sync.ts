import { closeSync, fsync, openSync } from 'node:fs';

export interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * Makes committed transactions durable by syncing SQLite's write-ahead log from libuv's thread
 * pool, so the event loop goes on serving while the disk catches up.
 *
 * The database runs with `synchronous = NORMAL`: a COMMIT then writes its frames to the WAL
 * without waiting for the disk, and survives a crash of the process at once. Waiters are resolved
 * only after an fsync of the WAL that started after their COMMIT has finished, which is what
 * `synchronous = FULL` would have given them: an acknowledged write survives a power cut too.
 * Checkpoints still sync the WAL and the database file themselves before the WAL is reused.
 *
 * A failed sync is final: after it the kernel may have dropped the unwritten pages and report the
 * next sync as a success, so nothing more is acknowledged until the process is restarted and
 * SQLite has recovered the log (as PostgreSQL does on a failed fsync).
 */
export class WalSync {
  private fd: number | null = null;
  private syncing = false;
  private queue: Waiter[] = [];
  private idle: (() => void)[] = [];
  private failed: unknown = null;

  constructor(private readonly walPath: string) {}

  /** Resolves the waiters, whose transactions have committed, once their frames are on disk. */
  after(waiters: Waiter[]): void {
    if (waiters.length === 0) return;
    this.queue.push(...waiters);
    this.next();
  }

  /** Resolves when no sync is running: a batch committed then has the next sync to itself. */
  settled(): Promise<void> | null {
    if (!this.syncing) return null;
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Waits for the syncs in flight, then lets go of the file. */
  async close(): Promise<void> {
    while (this.syncing) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    // The WAL exists once anything has committed; it is kept (and reused) while the database is open.
    return (this.fd ??= openSync(this.walPath, 'r+'));
  }

  private next(): void {
    if (this.syncing) return;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.failed) {
      for (const w of batch) w.reject(this.failed);
      return;
    }
    this.syncing = true;
    const done = (err: unknown) => {
      this.syncing = false;
      if (err) this.failed = err;
      for (const w of batch) if (err) w.reject(err); else w.resolve();
      for (const resolve of this.idle.splice(0)) resolve();
      this.next();
    };
    let fd: number;
    try {
      fd = this.open();
    } catch (err) {
      done(err);
      return;
    }
    fsync(fd, done);
  }
}
