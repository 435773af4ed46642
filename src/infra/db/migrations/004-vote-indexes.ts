import type { Kysely } from 'kysely';

/**
 * One index by participant on the vote history instead of two. The unique (participant, request)
 * index keeps a retried request from being a second vote, and now holds every row (a missing
 * request id is never equal to another), so it also finds a participant's votes when they are
 * erased or their history is read. Every vote wrote both before; one less B-tree per vote.
 */
export function voteIndexes() {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('votes_participant_request').on('votes').columns(['participant_id', 'request_id']).unique().execute();
      await db.schema.dropIndex('votes_request_unique').execute();
      await db.schema.dropIndex('votes_participant_statement').execute();
    },
  };
}
