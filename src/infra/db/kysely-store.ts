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
import type { AtomicSteps } from './steps.js';

/**
 * The one store implementation: the same SQL on SQLite and PostgreSQL. Each repository is made on
 * first use: a vote's transaction gets a store of its own and touches two of them.
 */
export class KyselyStore implements Store {
  #conversations?: KyselyConversationRepo;
  #statements?: KyselyStatementRepo;
  #participants?: KyselyParticipantRepo;
  #votes?: KyselyVoteRepo;
  #users?: KyselyUserRepo;
  #sessions?: KyselySessionRepo;
  #audit?: KyselyAuditRepo;
  #snapshots?: KyselySnapshotRepo;
  #exports?: KyselyExportRepo;
  #activity?: KyselyActivityRepo;
  #invites?: KyselyInviteRepo;
  #logos?: KyselyLogoRepo;

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: SqlDialectName,
    private readonly options: { inTransaction?: boolean; atomic?: AtomicSteps } = {},
  ) {}

  private get inTransaction(): boolean {
    return this.options.inTransaction === true;
  }

  get conversations() {
    return (this.#conversations ??= new KyselyConversationRepo(this.db));
  }
  get statements() {
    return (this.#statements ??= new KyselyStatementRepo(this.db));
  }
  get participants() {
    return (this.#participants ??= new KyselyParticipantRepo(this.db));
  }
  get votes() {
    return (this.#votes ??= new KyselyVoteRepo(this.db, this.options.atomic));
  }
  get users() {
    return (this.#users ??= new KyselyUserRepo(this.db, this.dialect));
  }
  get sessions() {
    return (this.#sessions ??= new KyselySessionRepo(this.db));
  }
  get audit() {
    return (this.#audit ??= new KyselyAuditRepo(this.db));
  }
  get snapshots() {
    return (this.#snapshots ??= new KyselySnapshotRepo(this.db));
  }
  get exports() {
    return (this.#exports ??= new KyselyExportRepo(this.db));
  }
  get activity() {
    return (this.#activity ??= new KyselyActivityRepo(this.db));
  }
  get invites() {
    return (this.#invites ??= new KyselyInviteRepo(this.db));
  }
  get logos() {
    return (this.#logos ??= new KyselyLogoRepo(this.db));
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    // A use case called from inside another's transaction joins it.
    if (this.inTransaction) return fn(this);
    return this.db.transaction().execute((trx: Transaction<Database>) => fn(new KyselyStore(trx, this.dialect, { inTransaction: true })));
  }

  /**
   * Runs `fn` in a transaction that holds a lock no other app process can take at the same time,
   * for one-off start-up work such as seeding the demo.
   */
  async exclusively<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(727001)`.execute(trx);
      return fn(new KyselyStore(trx, this.dialect, { inTransaction: true }));
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
