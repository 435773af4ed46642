import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { SqlDialectName } from './dialect.js';
import { ReadCache } from './repos/read-cache.js';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';
import type { Database } from './schema.js';
import type { AtomicSteps } from './steps.js';

// int8 (bigint: times, counts) as a JS number: every value Sopu stores fits in 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface DatabaseTarget {
  dialect: SqlDialectName;
  /** A PostgreSQL URL, or the SQLite file path (":memory:" for a throw-away database). */
  location: string;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: SqlDialectName;
  /** SQLite's way to run a unit of steps in one go (see `Steps`); PostgreSQL runs them through Kysely. */
  atomic?: AtomicSteps;
}

export function targetFrom(databaseUrl: string | undefined, sqlitePath: string): DatabaseTarget {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) return { dialect: 'postgres', location: databaseUrl };
  return { dialect: 'sqlite', location: sqlitePath };
}

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.location, max: target.poolSize ?? 10 });
    // Other app processes may write too: cached reads live a second, tallies two.
    const cache = new ReadCache({ ttlMs: 1_000, tallyTtlMs: 2_000, quietMs: 1_000 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [cache] }), dialect: 'postgres' };
  }
  if (target.location !== ':memory:') mkdirSync(dirname(target.location), { recursive: true });
  const sqlite = new SqliteDatabase(target.location);
  // WAL lets readers run beside the writer. An acknowledged vote must survive a power cut, not only
  // a crash of the process: with synchronous=NORMAL a commit does not wait for the disk, and the
  // group commit (see sqlite-group-commit.ts) acknowledges its batch only after syncing the WAL on
  // the thread pool, which gives FULL's guarantee without stalling the event loop on every batch.
  const file = target.location !== ':memory:';
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(file ? 'synchronous = NORMAL' : 'synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoint every 10,000 pages (40 MiB) rather than 1,000: the index pages busy voting writes
  // again and again are copied back once per checkpoint, and its two syncs come ten times less often.
  sqlite.pragma('wal_autocheckpoint = 10000');
  // 64 MiB of page cache (the default is 2 MiB): the vote indexes are written at random places.
  sqlite.pragma('cache_size = -65536');
  // One serving process per file, whose own writes keep the cache current; the second's expiry is
  // for the odd command run beside it (an import, say).
  // Participants' own votes, which route every next card, are kept as long as the tallies.
  const cache = new ReadCache({ ttlMs: 1_000, tallyTtlMs: 60_000, quietMs: 0, participantVotesTtlMs: 60_000 });
  // A vote counted into the cache and then undone (a failed batch) must not stay counted.
  const dialect = new GroupCommitSqliteDialect(sqlite, {
    onRollback: () => cache.forgetTallies(),
    walPath: file ? `${target.location}-wal` : undefined,
  });
  return { db: new Kysely<Database>({ dialect, plugins: [cache] }), dialect: 'sqlite', atomic: dialect.atomic };
}
