import type SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult } from 'kysely';
import type { WalSync, Waiter } from './sqlite-wal-sync.js';
import type { Steps } from './steps.js';

/** One holder of the connection: Kysely hands it back to `releaseConnection`. */
class Handle implements DatabaseConnection {
  released = false;
  inTransaction = false;
  wrote = false;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute(this, query) as Promise<QueryResult<R>>;
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    for (const row of (await this.driver.execute(this, query)).rows) yield { rows: [row as R] };
  }
}

/** First come, first served. */
class Mutex {
  private locked = false;
  private readonly waiting: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  unlock(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.locked = false;
  }
}

const SAVEPOINT = 'sopu_tx';

/** The statements every transaction runs, prepared once: `exec` would parse them anew each time. */
interface Control {
  begin: SqliteDatabase.Statement;
  commit: SqliteDatabase.Statement;
  rollback: SqliteDatabase.Statement;
  savepoint: SqliteDatabase.Statement;
  release: SqliteDatabase.Statement;
  rollbackTo: SqliteDatabase.Statement;
}

/**
 * The driver behind `GroupCommitSqliteDialect`: one connection, handed to one holder at a time;
 * transactions are savepoints inside a batch that commits once the queued holders have had their turn.
 */
export class GroupCommitDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  private batchOpen = false;
  private commitScheduled = false;
  private waiting: Waiter[] = [];
  private controlStatements: Control | null = null;

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly onRollback: () => void,
    private readonly walSync: WalSync | null,
  ) {}

  private get control(): Control {
    return (this.controlStatements ??= {
      begin: this.sqlite.prepare('begin'),
      commit: this.sqlite.prepare('commit'),
      rollback: this.sqlite.prepare('rollback'),
      savepoint: this.sqlite.prepare(`savepoint ${SAVEPOINT}`),
      release: this.sqlite.prepare(`release ${SAVEPOINT}`),
      rollbackTo: this.sqlite.prepare(`rollback to ${SAVEPOINT}`),
    });
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    return new Handle(this);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    if (handle.released) return;
    handle.released = true;
    this.mutex.unlock();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    this.openSavepoint();
    handle.inTransaction = true;
    handle.wrote = false;
  }

  /** A transaction or a unit of steps starts: a savepoint inside the batch, opened if need be. */
  private openSavepoint(): void {
    if (this.batchOpen && !this.sqlite.inTransaction) this.failBatch(new Error('SQLite rolled back the transaction batch'));
    if (!this.batchOpen) {
      this.control.begin.run();
      this.batchOpen = true;
    }
    this.control.savepoint.run();
  }

  /** Undoes what was done since `openSavepoint`, or fails the batch if SQLite rolled it all back. */
  private undoSavepoint(wrote: boolean): void {
    if (this.sqlite.inTransaction) {
      this.control.rollbackTo.run();
      this.control.release.run();
      if (wrote) this.onRollback();
    } else if (this.batchOpen) {
      // SQLite rolled the whole batch back (an I/O error, a full disk): none of it was acknowledged.
      this.failBatch(new Error('SQLite rolled back the transaction batch'));
    }
  }

  /** Resolves once the open batch is committed and durable. */
  private untilDurable(): Promise<void> {
    return new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    this.control.release.run();
    handle.inTransaction = false;
    // Nothing to wait for; the batch is still closed soon, so that no read keeps an old snapshot.
    this.scheduleCommit();
    if (!handle.wrote) return;
    const durable = this.untilDurable();
    // Let the next transaction in before the batch commits; Kysely's release is then a no-op.
    handle.released = true;
    this.mutex.unlock();
    return durable;
  }

  /**
   * Runs `steps` like a Kysely transaction, but in one go: no other query can come between its
   * queries, and it resolves once its batch is durable. A step that throws undoes the unit alone.
   */
  async atomically<T>(steps: Steps<T>): Promise<T> {
    await this.mutex.lock();
    let durable: Promise<void> | null = null;
    let result: T;
    try {
      this.openSavepoint();
      let wrote = false;
      try {
        let step = steps.next();
        while (!step.done) {
          const statement = this.prepare(step.value.sql);
          if (!statement.readonly) wrote = true;
          step = steps.next(this.run(statement, step.value.parameters));
        }
        result = step.value;
        this.control.release.run();
      } catch (err) {
        this.undoSavepoint(wrote);
        throw err;
      } finally {
        this.scheduleCommit();
      }
      if (wrote) durable = this.untilDurable();
    } finally {
      this.mutex.unlock();
    }
    if (durable) await durable;
    return result;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as Handle;
    handle.inTransaction = false;
    this.undoSavepoint(handle.wrote);
    this.scheduleCommit();
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.sqlite.exec(`savepoint "${name}"`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.sqlite.exec(`rollback to "${name}"`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.sqlite.exec(`release "${name}"`);
  }

  execute(handle: Handle, query: CompiledQuery): Promise<QueryResult<unknown>> {
    const statement = this.prepare(query.sql);
    const alone = !statement.readonly && !handle.inTransaction;
    if (!statement.readonly) {
      if (alone) this.commitBatch();
      handle.wrote = true;
    }
    const result = this.run(statement, query.parameters);
    // A write outside a transaction is durable when it returns, as SQLite's own commit would be.
    if (!alone || !this.walSync) return Promise.resolve(result);
    const durable = new Promise<QueryResult<unknown>>((resolve, reject) => this.walSync!.after([{ resolve: () => resolve(result), reject }]));
    // Other queries need not wait for the disk; Kysely's release is then a no-op.
    handle.released = true;
    this.mutex.unlock();
    return durable;
  }

  private run(statement: SqliteDatabase.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
    if (statement.reader) return { rows: statement.all(parameters) };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async destroy(): Promise<void> {
    await this.mutex.lock();
    try {
      this.commitBatch();
      await this.walSync?.close();
    } finally {
      this.sqlite.close();
    }
  }

  /** Kysely prepares every query anew, which costs more than running Sopu's short ones. */
  private prepare(sql: string): SqliteDatabase.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      if (this.statements.size >= 300) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Commits once the transactions now queued for the connection have had their turn. */
  private scheduleCommit(): void {
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    setImmediate(async () => {
      // While the last batch is being synced, this one keeps filling: one WAL write and one sync
      // for all the votes that arrive meanwhile, instead of one per turn of the event loop.
      await this.walSync?.settled();
      await this.mutex.lock();
      this.commitScheduled = false;
      try {
        this.commitBatch();
      } finally {
        this.mutex.unlock();
      }
    });
  }

  private commitBatch(): void {
    if (!this.batchOpen) return;
    const waiting = this.waiting;
    this.waiting = [];
    this.batchOpen = false;
    try {
      this.control.commit.run();
    } catch (err) {
      if (this.sqlite.inTransaction) this.control.rollback.run();
      this.onRollback();
      for (const w of waiting) w.reject(err);
      return;
    }
    if (this.walSync) this.walSync.after(waiting);
    else for (const w of waiting) w.resolve();
  }

  private failBatch(err: Error): void {
    const waiting = this.waiting;
    this.waiting = [];
    this.batchOpen = false;
    this.onRollback();
    for (const w of waiting) w.reject(err);
  }
}
