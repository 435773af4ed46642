import type { Kysely } from 'kysely';

/**
 * Latest votes indexed by conversation in the order they were first cast, instead of by
 * conversation and statement. Every new vote then lands at the end of the index rather than in one
 * of as many places as there are statements, so a batch of votes dirties a page or two of it
 * instead of one per statement voted on; and the math's read of a conversation's latest votes,
 * ordered by first vote, follows the index. Tallies, which group by statement, are counted rarely
 * and cached.
 */
export function latestVotesOrder() {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('latest_votes_conversation_order').on('latest_votes').columns(['conversation_id', 'first_vote_id']).execute();
      await db.schema.dropIndex('latest_votes_conversation').execute();
    },
  };
}
