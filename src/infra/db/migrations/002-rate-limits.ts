import { sql, type Kysely } from 'kysely';
import type { SqlDialectName } from '../dialect.js';

/**
 * Rate-limit counters shared by the app processes on one PostgreSQL. Unlogged: counting writes no
 * write-ahead log, and a database crash only empties the counters. SQLite is served by one process,
 * which counts in memory, so it gets no table.
 */
export function rateLimits(dialect: SqlDialectName) {
  return {
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      await db.schema
        .createTable('rate_limits')
        .modifyFront(sql`unlogged`)
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
    },
  };
}
