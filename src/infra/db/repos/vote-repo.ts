import type { Kysely } from 'kysely';
import type { NewVote, StoredVote, VoteRepo } from '../../../app/ports.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';

const toVote = (r: { participant_id: string; statement_id: string; value: number; created_at: number }): StoredVote => ({
  participantId: r.participant_id,
  statementId: r.statement_id,
  value: r.value as VoteValue,
  createdAt: r.created_at,
});

export class KyselyVoteRepo implements VoteRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async record(v: NewVote): Promise<{ vote: StoredVote; replayed: boolean }> {
    const inserted = await this.db
      .insertInto('votes')
      .values({
        conversation_id: v.conversationId,
        participant_id: v.participantId,
        statement_id: v.statementId,
        value: v.value,
        request_id: v.requestId,
        created_at: v.createdAt,
      })
      // A retried request (same participant, same request id) lands on the unique index and
      // inserts nothing; the vote stored the first time is answered instead.
      .onConflict((oc) => oc.columns(['participant_id', 'request_id']).where('request_id', 'is not', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const first = await this.db
        .selectFrom('votes')
        .select(['participant_id', 'statement_id', 'value', 'created_at'])
        .where('participant_id', '=', v.participantId)
        .where('request_id', '=', v.requestId)
        .executeTakeFirstOrThrow();
      return { vote: toVote(first), replayed: true };
    }
    await this.db
      .insertInto('latest_votes')
      .values({
        participant_id: v.participantId,
        statement_id: v.statementId,
        conversation_id: v.conversationId,
        value: v.value,
        updated_at: v.createdAt,
        first_vote_id: Number(inserted.id),
      })
      .onConflict((oc) => oc.columns(['participant_id', 'statement_id']).doUpdateSet({ value: v.value, updated_at: v.createdAt }))
      .execute();
    return {
      vote: { participantId: v.participantId, statementId: v.statementId, value: v.value, createdAt: v.createdAt },
      replayed: false,
    };
  }

  async latestByParticipant(participantId: string): Promise<StoredVote[]> {
    const rows = await this.db
      .selectFrom('latest_votes')
      .select(['participant_id', 'statement_id', 'value', 'updated_at as created_at'])
      .where('participant_id', '=', participantId)
      .orderBy('first_vote_id')
      .execute();
    return rows.map(toVote);
  }

  async historyOf(participantId: string, statementId: string): Promise<StoredVote[]> {
    const rows = await this.db
      .selectFrom('votes')
      .select(['participant_id', 'statement_id', 'value', 'created_at'])
      .where('participant_id', '=', participantId)
      .where('statement_id', '=', statementId)
      .orderBy('id')
      .execute();
    return rows.map(toVote);
  }

  async latestInConversation(conversationId: string): Promise<StoredVote[]> {
    const rows = await this.db
      .selectFrom('latest_votes')
      .select(['participant_id', 'statement_id', 'value', 'updated_at as created_at'])
      .where('conversation_id', '=', conversationId)
      .orderBy('first_vote_id')
      .execute();
    return rows.map(toVote);
  }

  async count(conversationId: string): Promise<{ events: number; latest: number }> {
    const events = await this.db
      .selectFrom('votes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('conversation_id', '=', conversationId)
      .executeTakeFirstOrThrow();
    const latest = await this.db
      .selectFrom('latest_votes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('conversation_id', '=', conversationId)
      .executeTakeFirstOrThrow();
    return { events: Number(events.n), latest: Number(latest.n) };
  }
}
