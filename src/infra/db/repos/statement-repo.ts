import type { Kysely } from 'kysely';
import type { DecidedStatementRecord, DecisionRecord, DecisionTime, NewStatement, StatementRepo, StatementWithTally } from '../../../app/ports.js';
import type { Lang } from '../../../domain/languages.js';
import type { RejectionReason, Statement, StatementStatus } from '../../../domain/statement/statement.js';
import type { Tally } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';
import { readCacheOf, type Tallies } from './read-cache.js';

type Row = Database['statements'];
const LIVE: StatementStatus[] = ['pending', 'published'];

function toStatement(row: Row, translations: Partial<Record<Lang, string>>): Statement {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    lang: row.lang as Lang,
    text: row.text,
    status: row.status as StatementStatus,
    isSeed: row.is_seed === 1,
    isMeta: row.is_meta === 1,
    authorParticipantId: row.author_participant_id,
    rejectionReason: row.rejection_reason as RejectionReason | null,
    rejectionNote: row.rejection_note,
    duplicateOf: row.duplicate_of,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    translations,
  };
}

export class KyselyStatementRepo implements StatementRepo {
  private readonly cache;

  constructor(private readonly db: Kysely<Database>) {
    // Reads inside a transaction, which may roll back, are not cached; writes always drop entries.
    this.cache = readCacheOf(db);
  }

  private get readable() {
    return this.db.isTransaction ? null : this.cache;
  }

  async create(s: NewStatement): Promise<void> {
    await this.db
      .insertInto('statements')
      .values({
        id: s.id,
        conversation_id: s.conversationId,
        lang: s.lang,
        text: s.text,
        duplicate_key: s.duplicateKey,
        status: s.status,
        is_seed: s.isSeed ? 1 : 0,
        is_meta: s.isMeta ? 1 : 0,
        author_participant_id: s.authorParticipantId,
        author_user_id: s.authorUserId,
        rejection_reason: null,
        rejection_note: null,
        duplicate_of: null,
        created_at: s.createdAt,
        decided_at: s.status === 'pending' ? null : s.createdAt,
        decided_by: null,
      })
      .execute();
    // A pending statement changes no cached list; participants write many of them.
    if (s.status !== 'pending') this.cache?.published.forget();
  }

  private async withTranslations(rows: Row[]): Promise<Statement[]> {
    if (rows.length === 0) return [];
    const byStatement = new Map<string, Partial<Record<Lang, string>>>();
    // Chunked so that a conversation of thousands of statements stays under parameter limits.
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500).map((r) => r.id);
      const translations = await this.db
        .selectFrom('statement_translations')
        .select(['statement_id', 'lang', 'text'])
        .where('statement_id', 'in', ids)
        .execute();
      for (const t of translations) {
        const entry = byStatement.get(t.statement_id) ?? {};
        entry[t.lang as Lang] = t.text;
        byStatement.set(t.statement_id, entry);
      }
    }
    return rows.map((r) => toStatement(r, byStatement.get(r.id) ?? {}));
  }

  async findById(conversationId: string, id: string): Promise<Statement | null> {
    const hit = (await this.cachedPublished(conversationId))?.find((s) => s.id === id);
    if (hit) return hit;
    const row = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? ((await this.withTranslations([row]))[0] ?? null) : null;
  }

  async findLiveByDuplicateKey(conversationId: string, key: string): Promise<Statement | null> {
    const direct = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('duplicate_key', '=', key)
      .where('status', 'in', LIVE)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    const row =
      direct ??
      (await this.db
        .selectFrom('statement_translations as t')
        .innerJoin('statements as s', 's.id', 't.statement_id')
        .selectAll('s')
        .where('s.conversation_id', '=', conversationId)
        .where('t.duplicate_key', '=', key)
        .where('s.status', 'in', LIVE)
        .orderBy('s.created_at')
        .orderBy('s.id')
        .executeTakeFirst());
    return row ? ((await this.withTranslations([row]))[0] ?? null) : null;
  }

  async list(conversationId: string, statuses: StatementStatus[]): Promise<Statement[]> {
    const cached = statuses.length === 1 && statuses[0] === 'published' ? await this.cachedPublished(conversationId) : null;
    return cached ? [...cached] : this.load(conversationId, statuses);
  }

  /** The published statements, which every vote reads, from the cache; null where it is not used. */
  private async cachedPublished(conversationId: string): Promise<readonly Statement[] | null> {
    return this.readable ? this.readable.published.through(conversationId, () => this.load(conversationId, ['published'])) : null;
  }

  private async load(conversationId: string, statuses: StatementStatus[]): Promise<Statement[]> {
    if (statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('status', 'in', statuses)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.withTranslations(rows);
  }

  async listWithTallies(conversationId: string, statuses: StatementStatus[]): Promise<StatementWithTally[]> {
    const statements = await this.list(conversationId, statuses);
    const tallies = await this.tallies(conversationId);
    const none: Tally = { agree: 0, disagree: 0, pass: 0 };
    return statements.map((s) => ({ ...s, tally: { ...(tallies.get(s.id) ?? none) } }));
  }

  /**
   * Tallies of latest votes by statement. Counting them means reading every latest vote of the
   * conversation, so the cache keeps them and the vote repo counts each new vote in.
   */
  async tallies(conversationId: string): Promise<Tallies> {
    const cache = this.readable;
    const hit = cache?.cachedTallies(conversationId);
    if (hit) return hit;
    const load = async (db: Kysely<Database>) => {
      const keep = cache?.loadingTallies(conversationId);
      const counts = await db
        .selectFrom('latest_votes')
        .innerJoin('participants', 'participants.id', 'latest_votes.participant_id')
        .select(['latest_votes.statement_id as statement_id', 'latest_votes.value as value', (eb) => eb.fn.countAll().as('n')])
        .where('latest_votes.conversation_id', '=', conversationId)
        .where('participants.banned_at', 'is', null)
        .groupBy(['latest_votes.statement_id', 'latest_votes.value'])
        .execute();
      const tallies: Tallies = new Map();
      for (const c of counts) {
        const tally = tallies.get(c.statement_id) ?? { agree: 0, disagree: 0, pass: 0 };
        const n = Number(c.n);
        if (c.value === 1) tally.agree += n;
        else if (c.value === -1) tally.disagree += n;
        else tally.pass += n;
        tallies.set(c.statement_id, tally);
      }
      // Kept inside the transaction: on SQLite no vote can commit between the count and this.
      keep?.(tallies);
      return tallies;
    };
    return cache ? this.db.transaction().execute(load) : load(this.db);
  }

  async setDecision(id: string, d: DecisionRecord): Promise<void> {
    await this.db
      .updateTable('statements')
      .set({
        status: d.status,
        rejection_reason: d.rejectionReason,
        rejection_note: d.rejectionNote,
        duplicate_of: d.duplicateOf,
        decided_at: d.decidedAt,
        decided_by: d.decidedBy,
      })
      .where('id', '=', id)
      .execute();
    this.cache?.published.forget();
  }

  async setText(id: string, text: string, duplicateKey: string): Promise<void> {
    await this.db.updateTable('statements').set({ text, duplicate_key: duplicateKey }).where('id', '=', id).execute();
    this.cache?.published.forget();
  }

  async upsertTranslation(
    statementId: string,
    lang: Lang,
    text: string,
    duplicateKey: string,
    updatedAt: number,
    updatedBy: string | null,
  ): Promise<void> {
    await this.db
      .insertInto('statement_translations')
      .values({ statement_id: statementId, lang, text, duplicate_key: duplicateKey, updated_at: updatedAt, updated_by: updatedBy })
      .onConflict((oc) =>
        oc.columns(['statement_id', 'lang']).doUpdateSet({ text, duplicate_key: duplicateKey, updated_at: updatedAt, updated_by: updatedBy }),
      )
      .execute();
    this.cache?.published.forget();
  }

  async countByStatus(conversationId: string): Promise<Record<StatementStatus, number>> {
    const rows = await this.db
      .selectFrom('statements')
      .select(['status', (eb) => eb.fn.countAll().as('n')])
      .where('conversation_id', '=', conversationId)
      .groupBy('status')
      .execute();
    const counts: Record<StatementStatus, number> = { pending: 0, published: 0, rejected: 0, withdrawn: 0 };
    for (const r of rows) counts[r.status as StatementStatus] = Number(r.n);
    return counts;
  }

  async listDecided(conversationId: string, statuses: StatementStatus[], limit: number): Promise<DecidedStatementRecord[]> {
    if (statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('statements as s')
      .leftJoin('users as u', 'u.id', 's.decided_by')
      .selectAll('s')
      .select('u.display_name as decided_by_name')
      .where('s.conversation_id', '=', conversationId)
      .where('s.status', 'in', statuses)
      .where('s.decided_at', 'is not', null)
      .orderBy('s.decided_at', 'desc')
      .orderBy('s.id')
      .limit(limit)
      .execute();
    const statements = await this.withTranslations(rows);
    return statements.map((s, i) => ({ ...s, decidedBy: rows[i]!.decided_by, decidedByName: rows[i]!.decided_by_name ?? null }));
  }

  async decisionTimes(conversationId: string): Promise<DecisionTime[]> {
    const rows = await this.db
      .selectFrom('statements')
      .select(['id', 'status', 'created_at', 'decided_at', 'decided_by'])
      .where('conversation_id', '=', conversationId)
      .where('is_seed', '=', 0)
      .where('status', '!=', 'pending')
      .where('decided_at', 'is not', null)
      .where('decided_by', 'is not', null)
      .orderBy('decided_at')
      .execute();
    return rows.map((r) => ({
      statementId: r.id,
      status: r.status as StatementStatus,
      submittedAt: r.created_at,
      decidedAt: r.decided_at!,
      decidedBy: r.decided_by,
    }));
  }
}
