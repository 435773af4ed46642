import type SqliteDatabase from 'better-sqlite3';
import { SqliteDialect, type Driver } from 'kysely';
import { GroupCommitDriver } from './sqlite-group-commit-driver.js';
import { WalSync } from './sqlite-wal-sync.js';
import type { AtomicSteps } from './steps.js';

export interface GroupCommitOptions {
  /**
   * Called when writes are undone: a transaction that wrote rolled back, or a batch failed to
   * commit. Whatever was counted from those writes in memory (cached tallies) must be dropped.
   */
  onRollback?: () => void;
  /**
   * The WAL file of a database opened with `synchronous = NORMAL`: commits are then made durable
   * by syncing it off the event loop (see `WalSync`). Without it, SQLite syncs in COMMIT itself.
   */
  walPath?: string;
}

/**
 * SQLite with group commit: transactions that finish close together share one COMMIT, so one
 * fsync makes a whole batch of votes durable instead of one each, and the pages many votes touch
 * are written once per batch. With a `walPath`, that sync runs off the event loop (`WalSync`).
 *
 * Each Kysely transaction runs as a savepoint inside a batch transaction. Releasing the savepoint
 * frees the connection for the next one, but the commit call only returns once the batch has
 * committed: nothing is acknowledged before it is on disk. A write outside a transaction commits
 * the open batch first and then runs on its own, durable when it returns, as before.
 */
export class GroupCommitSqliteDialect extends SqliteDialect {
  private driver: GroupCommitDriver | null = null;

  /** Runs a unit of steps synchronously on the connection, as one transaction of the open batch. */
  readonly atomic: AtomicSteps = {
    run: (steps) => {
      if (!this.driver) throw new Error('the database is not open');
      return this.driver.atomically(steps);
    },
  };

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly options: GroupCommitOptions = {},
  ) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    const walSync = this.options.walPath ? new WalSync(this.options.walPath) : null;
    return (this.driver = new GroupCommitDriver(this.sqlite, this.options.onRollback ?? (() => {}), walSync));
  }
}
