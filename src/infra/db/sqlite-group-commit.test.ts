import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';

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

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sopu-gc-'));
    file = join(dir, 'test.db');
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${synchronous}`);
    db = new Kysely<Db>({ dialect: new GroupCommitSqliteDialect(sqlite, { walPath: offLoop ? `${file}-wal` : undefined }) });
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
});
