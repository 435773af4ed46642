import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { SqlDialectName } from './dialect.js';
import { initial } from './migrations/001-initial.js';
import { rateLimits } from './migrations/002-rate-limits.js';
import { staffTools } from './migrations/003-staff-tools.js';
import { voteIndexes } from './migrations/004-vote-indexes.js';
import { sessionUserIndex } from './migrations/005-session-user-index.js';
import { latestVotesOrder } from './migrations/006-latest-votes-order.js';

/** Migrations are listed here, in order, so that they ship inside the build without a folder scan. */
function migrations(dialect: SqlDialectName): Record<string, Migration> {
  return {
    '001-initial': initial(dialect),
    '002-rate-limits': rateLimits(dialect),
    '003-staff-tools': staffTools(dialect),
    '004-vote-indexes': voteIndexes(),
    '005-session-user-index': sessionUserIndex(),
    '006-latest-votes-order': latestVotesOrder(),
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: SqlDialectName) {}
  async getMigrations() {
    return migrations(this.dialect);
  }
}

/**
 * Brings the schema up to date. Kysely's migrator takes a lock, so several app processes may
 * start at once on one PostgreSQL.
 */
export async function migrateToLatest(db: Kysely<any>, dialect: SqlDialectName): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
