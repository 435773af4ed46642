import { sql, type Kysely, type Transaction } from 'kysely';
import type { Store } from '../../app/ports.js';
import type { SqlDialectName } from './dialect.js';
import { KyselyActivityRepo } from './repos/activity-repo.js';
import { KyselyAuditRepo } from './repos/audit-repo.js';
import { KyselyConversationRepo } from './repos/conversation-repo.js';
import { KyselyExportRepo } from './repos/export-repo.js';
import { KyselyInviteRepo } from './repos/invite-repo.js';
import { KyselyLogoRepo } from './repos/logo-repo.js';
import { KyselyParticipantRepo } from './repos/participant-repo.js';
import { KyselySessionRepo } from './repos/session-repo.js';
import { KyselySnapshotRepo } from './repos/snapshot-repo.js';
import { KyselyStatementRepo } from './repos/statement-repo.js';
import { KyselyUserRepo } from './repos/user-repo.js';
import { KyselyVoteRepo } from './repos/vote-repo.js';
import type { Database } from './schema.js';

/** The one store implementation: the same SQL on SQLite and PostgreSQL. */
export class KyselyStore implements Store {
  readonly conversations;
  readonly statements;
  readonly participants;
  readonly votes;
  readonly users;
  readonly sessions;
  readonly audit;
  readonly snapshots;
  readonly exports;
  readonly activity;
  readonly invites;
  readonly logos;

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: SqlDialectName,
    private readonly inTransaction = false,
  ) {
    this.conversations = new KyselyConversationRepo(db);
    this.statements = new KyselyStatementRepo(db);
    this.participants = new KyselyParticipantRepo(db);
    this.votes = new KyselyVoteRepo(db);
    this.users = new KyselyUserRepo(db, dialect);
    this.sessions = new KyselySessionRepo(db);
    this.audit = new KyselyAuditRepo(db);
    this.snapshots = new KyselySnapshotRepo(db);
    this.exports = new KyselyExportRepo(db);
    this.activity = new KyselyActivityRepo(db);
    this.invites = new KyselyInviteRepo(db);
    this.logos = new KyselyLogoRepo(db);
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    // A use case called from inside another's transaction joins it.
    if (this.inTransaction) return fn(this);
    return this.db.transaction().execute((trx: Transaction<Database>) => fn(new KyselyStore(trx, this.dialect, true)));
  }

  /**
   * Runs `fn` in a transaction that holds a lock no other app process can take at the same time,
   * for one-off start-up work such as seeding the demo.
   */
  async exclusively<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(727001)`.execute(trx);
      return fn(new KyselyStore(trx, this.dialect, true));
    });
  }

  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.inTransaction) await this.db.destroy();
  }
}
