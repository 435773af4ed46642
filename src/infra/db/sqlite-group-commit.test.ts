import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';
import type { Steps } from './steps.js';

interface Db {
  items: { id: Generated<number>; name: string };
}

describe.each([
  { mode: 'syncing in COMMIT', synchronous: 'FULL', offLoop: false },
  { mode: 'syncing the WAL off the event loop', synchronous: 'NORMAL', offLoop: true },
])('SQLite group commit, $mode', ({ synchronous, offLoop }) => {
  let dir: string;
  let file: string;
  let db: Kysely<Db>;
  let dialect: GroupCommitSqliteDialect;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sopu-gc-'));
    file = join(dir, 'test.db');
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${synchronous}`);
    dialect = new GroupCommitSqliteDialect(sqlite, { walPath: offLoop ? `${file}-wal` : undefined });
    db = new Kysely<Db>({ dialect });
    await sql`create table items (id integer primary key, name text not null unique)`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What another connection (another process, after a crash) sees on disk. */
  const onDisk = () => {
    const other = new SqliteDatabase(file, { readonly: true });
    try {
      return (other.prepare('select name from items order by id').all() as { name: string }[]).map((r) => r.name);
    } finally {
      other.close();
    }
  };

  const insert = (name: string) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name }).execute();
      // Once this transaction's commit returns, its row must already be committed for everyone.
    }).then(() => expect(onDisk()).toContain(name));

  it('commits concurrent transactions together, each durable when its commit returns', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => insert(`item-${i}`)));
    expect(onDisk()).toHaveLength(50);
  });

  it('rolls back only the transaction that fails', async () => {
    await insert('taken');
    const results = await Promise.allSettled([insert('a'), insert('taken'), insert('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(onDisk().sort()).toEqual(['a', 'b', 'taken']);
  });

  it('commits a write outside a transaction at once, with the batch before it', async () => {
    const pending = insert('in-batch');
    const alone = db.insertInto('items').values({ name: 'alone' }).execute();
    await alone;
    expect(onDisk()).toEqual(['in-batch', 'alone']);
    await pending;
  });

  it('closes the batch after a transaction that only read, so later reads see other processes\' writes', async () => {
    await db.transaction().execute((trx) => trx.selectFrom('items').selectAll().execute());
    await new Promise((resolve) => setImmediate(resolve));
    const other = new SqliteDatabase(file);
    other.prepare('insert into items (name) values (?)').run('from elsewhere');
    other.close();
    expect(await db.selectFrom('items').select('name').execute()).toEqual([{ name: 'from elsewhere' }]);
  });

  it('lets a transaction read what the batch before it wrote', async () => {
    const [, seen] = await Promise.all([
      insert('first'),
      db.transaction().execute((trx) => trx.selectFrom('items').select('name').execute()),
    ]);
    expect(seen).toEqual([{ name: 'first' }]);
  });

  /** Inserts each name in turn and answers with how many items there were before. */
  function* insertAll(names: string[]): Steps<number> {
    const before = (yield db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).compile()).rows[0].n;
    for (const name of names) yield db.insertInto('items').values({ name }).compile();
    return Number(before);
  }

  it('runs a unit of steps with the batch, durable when it returns', async () => {
    const units = await Promise.all([
      dialect.atomic.run(insertAll(['a', 'b'])).then((n) => (expect(onDisk()).toEqual(expect.arrayContaining(['a', 'b'])), n)),
      insert('c'),
      dialect.atomic.run(insertAll(['d'])).then((n) => (expect(onDisk()).toContain('d'), n)),
    ]);
    expect(units[0]).toBe(0);
    expect(units[2]).toBe(3);
    expect(onDisk()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('undoes the whole unit, and only it, when a step fails', async () => {
    await insert('taken');
    const results = await Promise.allSettled([
      dialect.atomic.run(insertAll(['x'])),
      dialect.atomic.run(insertAll(['y', 'taken'])),
      insert('z'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(onDisk().sort()).toEqual(['taken', 'x', 'z']);
  });

  it('waits for a transaction that holds the connection, and never runs inside it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'tx-1' }).execute();
      await held;
      await trx.insertInto('items').values({ name: 'tx-2' }).execute();
    });
    await new Promise((resolve) => setImmediate(resolve));
    const unit = dialect.atomic.run(insertAll(['unit']));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await unit).toBe(2);
    await tx;
    expect(onDisk()).toEqual(['tx-1', 'tx-2', 'unit']);
  });
});
