import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { SqlDialectName } from './dialect.js';
import type { Database } from './schema.js';

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
}

export function targetFrom(databaseUrl: string | undefined, sqlitePath: string): DatabaseTarget {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) return { dialect: 'postgres', location: databaseUrl };
  return { dialect: 'sqlite', location: sqlitePath };
}

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.location, max: target.poolSize ?? 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  if (target.location !== ':memory:') mkdirSync(dirname(target.location), { recursive: true });
  const sqlite = new SqliteDatabase(target.location);
  // WAL lets readers run beside the writer; synchronous=FULL makes an acknowledged vote survive
  // a power cut, not only a process crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite' };
}
