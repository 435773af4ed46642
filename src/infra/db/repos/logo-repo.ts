import type { Kysely } from 'kysely';
import type { ConversationLogo, LogoRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';
import { readCacheOf } from './read-cache.js';

export class KyselyLogoRepo implements LogoRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async put(conversationId: string, logo: ConversationLogo): Promise<void> {
    const values = { content_type: logo.contentType, data: logo.data, updated_at: logo.updatedAt };
    await this.db
      .insertInto('conversation_logos')
      .values({ conversation_id: conversationId, ...values })
      .onConflict((oc) => oc.column('conversation_id').doUpdateSet(values))
      .execute();
    await this.noteOnConversation(conversationId, logo.updatedAt);
  }

  async get(conversationId: string): Promise<ConversationLogo | null> {
    const row = await this.db.selectFrom('conversation_logos').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
    return row ? { contentType: row.content_type, data: new Uint8Array(row.data), updatedAt: row.updated_at } : null;
  }

  async delete(conversationId: string): Promise<boolean> {
    const res = await this.db.deleteFrom('conversation_logos').where('conversation_id', '=', conversationId).executeTakeFirst();
    await this.noteOnConversation(conversationId, null);
    return Number(res.numDeletedRows) > 0;
  }

  private async noteOnConversation(conversationId: string, at: number | null) {
    await this.db.updateTable('conversations').set({ logo_updated_at: at }).where('id', '=', conversationId).execute();
    readCacheOf(this.db)?.conversations.forget();
  }
}
