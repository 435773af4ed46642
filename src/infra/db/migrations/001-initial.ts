import { sql, type Kysely } from 'kysely';
import type { SqlDialectName } from '../dialect.js';

/** The first schema: everything the foundation stores. */
export function initial(dialect: SqlDialectName) {
  // A database-issued sequence: never "max + 1", so concurrent inserts cannot collide.
  const serialId = (db: Kysely<any>, table: string) =>
    dialect === 'postgres'
      ? db.schema.createTable(table).addColumn('id', 'bigserial', (c) => c.primaryKey())
      : db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('opens_at', 'bigint')
        .addColumn('statements_close_at', 'bigint')
        .addColumn('closes_at', 'bigint')
        .addColumn('closed_manually', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('conversation_texts')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('contact', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('conversation_texts_pk', ['conversation_id', 'lang'])
        .execute();

      await db.schema
        .createTable('participants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('key_hash', 'text', (c) => c.notNull())
        .addColumn('segment', 'text')
        .addColumn('banned_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('participants_key_unique', ['conversation_id', 'key_hash'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('statements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('duplicate_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('is_seed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('is_meta', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('author_participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
        .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('rejection_reason', 'text')
        .addColumn('rejection_note', 'text')
        .addColumn('duplicate_of', 'text', (c) => c.references('statements.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('decided_at', 'bigint')
        .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('statements_conversation_status').on('statements').columns(['conversation_id', 'status']).execute();
      await db.schema.createIndex('statements_duplicate_key').on('statements').columns(['conversation_id', 'duplicate_key']).execute();

      await db.schema
        .createTable('statement_translations')
        .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('duplicate_key', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addPrimaryKeyConstraint('statement_translations_pk', ['statement_id', 'lang'])
        .execute();
      await db.schema.createIndex('statement_translations_duplicate_key').on('statement_translations').column('duplicate_key').execute();

      await serialId(db, 'votes')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
        .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
        .addColumn('value', 'integer', (c) => c.notNull())
        .addColumn('request_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addCheckConstraint('votes_value_check', sql`value in (-1, 0, 1)`)
        .execute();
      await db.schema.createIndex('votes_conversation').on('votes').columns(['conversation_id', 'id']).execute();
      await db.schema.createIndex('votes_participant_statement').on('votes').columns(['participant_id', 'statement_id']).execute();
      await db.schema
        .createIndex('votes_request_unique')
        .on('votes')
        .columns(['participant_id', 'request_id'])
        .unique()
        .where(sql.ref('request_id'), 'is not', null)
        .execute();

      await db.schema
        .createTable('latest_votes')
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
        .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('value', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('first_vote_id', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('latest_votes_pk', ['participant_id', 'statement_id'])
        .addCheckConstraint('latest_votes_value_check', sql`value in (-1, 0, 1)`)
        .execute();
      await db.schema.createIndex('latest_votes_conversation').on('latest_votes').columns(['conversation_id', 'statement_id']).execute();

      await db.schema
        .createTable('user_roles')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'conversation_id'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

      await serialId(db, 'audit_log')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('statement_id', 'text', (c) => c.references('statements.id').onDelete('set null'))
        .addColumn('actor_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('old_text', 'text')
        .addColumn('new_text', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_conversation').on('audit_log').columns(['conversation_id', 'id']).execute();

      await serialId(db, 'math_snapshots')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('votes', 'integer', (c) => c.notNull())
        .addColumn('participants', 'integer', (c) => c.notNull())
        .addColumn('statements', 'integer', (c) => c.notNull())
        .addColumn('params', 'text', (c) => c.notNull())
        .addColumn('timings', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addUniqueConstraint('math_snapshots_version_unique', ['conversation_id', 'version'])
        .execute();
    },
  };
}
