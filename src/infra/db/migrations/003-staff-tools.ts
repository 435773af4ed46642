import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../dialect.js';

/** Invitations for staff, and each conversation's logo. */
export function staffTools(dialect: SqlDialectName) {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('invites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // Only the hash of the link's token is kept: a copy of the database cannot accept an invite.
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('accepted_at', 'bigint')
        .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute();

      await db.schema
        .createTable('conversation_logos')
        .addColumn('conversation_id', 'text', (c) => c.primaryKey().references('conversations.id').onDelete('cascade'))
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // On the conversation itself, so that every read of a conversation can give its logo's address.
      await db.schema.alterTable('conversations').addColumn('logo_updated_at', 'bigint').execute();
    },
  };
}
