import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditPage, AuditRecord, AuditRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';

type AuditRow = Selectable<Database['audit_log']> & { actor_name: string | null };

const record = (r: AuditRow): AuditRecord => ({
  conversationId: r.conversation_id,
  statementId: r.statement_id,
  actorUserId: r.actor_user_id,
  actorName: r.actor_name ?? null,
  action: r.action,
  oldText: r.old_text,
  newText: r.new_text,
  details: JSON.parse(r.details),
  createdAt: r.created_at,
});

export class KyselyAuditRepo implements AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        conversation_id: e.conversationId,
        statement_id: e.statementId,
        actor_user_id: e.actorUserId,
        action: e.action,
        old_text: e.oldText,
        new_text: e.newText,
        details: JSON.stringify(e.details),
        created_at: e.createdAt,
      })
      .execute();
  }

  /** A conversation's entries with their actor's name: what both readings of the log start from. */
  private entriesOf(conversationId: string) {
    return this.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .selectAll('a')
      .select('u.display_name as actor_name')
      .where('a.conversation_id', '=', conversationId);
  }

  async list(conversationId: string): Promise<AuditRecord[]> {
    const rows = await this.entriesOf(conversationId).orderBy('a.id').execute();
    return rows.map(record);
  }

  async page(conversationId: string, options: { limit: number; before: number | null }): Promise<AuditPage> {
    let query = this.entriesOf(conversationId).leftJoin('statements as s', 's.id', 'a.statement_id').select('s.text as statement_text');
    if (options.before !== null) query = query.where('a.id', '<', options.before);
    // One row more than asked tells whether anything older is left, without a count.
    const rows = await query.orderBy('a.id', 'desc').limit(options.limit + 1).execute();
    const shown = rows.slice(0, options.limit);
    return {
      entries: shown.map((r) => ({ ...record(r), id: r.id, statementText: r.statement_text ?? null })),
      nextBefore: rows.length > options.limit ? shown.at(-1)!.id : null,
    };
  }
}
