import pg from 'pg';
import type { DatabaseTarget } from '../db/connect.js';

/** Whether this process runs the math. Exactly one process does, whatever the number of app processes. */
export interface Leadership {
  /** Tries to become (or stay) the leader; true while it is. */
  tryLead(): Promise<boolean>;
  release(): Promise<void>;
}

/** SQLite has one process per file: it always leads. */
export const soleLeader: Leadership = { tryLead: async () => true, release: async () => {} };

const MATH_LOCK_KEY = 727_002;

/**
 * On PostgreSQL the leader holds a session-level advisory lock on a connection of its own; when that
 * connection or process dies, the lock is freed and another process takes over at its next try.
 */
export class PostgresLeadership implements Leadership {
  private client: pg.Client | null = null;
  private leading = false;

  constructor(private readonly url: string) {}

  async tryLead(): Promise<boolean> {
    if (this.leading && this.client) return true;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url });
        client.on('error', () => this.drop(client));
        client.on('end', () => this.drop(client));
        await client.connect();
        this.client = client;
      }
      const res = await this.client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [MATH_LOCK_KEY]);
      this.leading = res.rows[0]?.ok === true;
    } catch {
      this.leading = false;
    }
    return this.leading;
  }

  private drop(client: pg.Client) {
    if (this.client === client) {
      this.client = null;
      this.leading = false;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.leading = false;
    await client?.end().catch(() => {});
  }
}

export function leadershipFor(target: DatabaseTarget): Leadership {
  return target.dialect === 'postgres' ? new PostgresLeadership(target.location) : soleLeader;
}
