import type { Kysely } from 'kysely';
import type { AuditEntry, AuditRecord, AuditRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';

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

  async list(conversationId: string): Promise<AuditRecord[]> {
    const rows = await this.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .selectAll('a')
      .select('u.display_name as actor_name')
      .where('a.conversation_id', '=', conversationId)
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      conversationId: r.conversation_id,
      statementId: r.statement_id,
      actorUserId: r.actor_user_id,
      actorName: r.actor_name ?? null,
      action: r.action,
      oldText: r.old_text,
      newText: r.new_text,
      details: JSON.parse(r.details),
      createdAt: r.created_at,
    }));
  }
}
