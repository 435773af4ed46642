import type { Kysely } from 'kysely';
import type { Invite, InviteRepo, Role } from '../../../app/ports.js';
import type { Database } from '../schema.js';

type Row = Database['invites'];

const toInvite = (r: Row): Invite => ({
  id: r.id,
  tokenHash: r.token_hash,
  conversationId: r.conversation_id,
  email: r.email,
  role: r.role as Role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedBy: r.accepted_by,
});

export class KyselyInviteRepo implements InviteRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(i: Invite): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({
        id: i.id,
        token_hash: i.tokenHash,
        conversation_id: i.conversationId,
        email: i.email,
        role: i.role,
        created_by: i.createdBy,
        created_at: i.createdAt,
        expires_at: i.expiresAt,
        accepted_at: i.acceptedAt,
        accepted_by: i.acceptedBy,
      })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<Invite | null> {
    const row = await this.db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? toInvite(row) : null;
  }

  async markAccepted(id: string, userId: string, at: number): Promise<boolean> {
    // Conditional on not yet accepted: of two racing requests only one changes the row.
    const res = await this.db
      .updateTable('invites')
      .set({ accepted_at: at, accepted_by: userId })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async listUnused(conversationId: string): Promise<Invite[]> {
    const rows = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('accepted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toInvite);
  }

  async deleteUnused(id: string, conversationId: string): Promise<Invite | null> {
    // Conditional like markAccepted: an invite being accepted at the same moment is either accepted or gone.
    const row = await this.db
      .deleteFrom('invites')
      .where('id', '=', id)
      .where('conversation_id', '=', conversationId)
      .where('accepted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toInvite(row) : null;
  }
}
