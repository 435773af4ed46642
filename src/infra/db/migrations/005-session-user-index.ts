import type { Kysely } from 'kysely';

/** A user's sessions are looked up by user when a password change ends the others, and when the user is deleted. */
export function sessionUserIndex() {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    },
  };
}
