import type { Kysely } from 'kysely';
import type { NewVote, StoredVote, VoteEvent, VoteRepo } from '../../../app/ports.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';
import { readCacheOf } from './read-cache.js';
import { CompiledOnce } from './compiled-once.js';

const toVote = (r: { participant_id: string; statement_id: string; value: number; created_at: number }): StoredVote => ({
  participantId: r.participant_id,
  statementId: r.statement_id,
  value: r.value as VoteValue,
  createdAt: r.created_at,
});

/** A vote event as the `votes` table stores it. */
const voteRow = (v: NewVote) => ({
  conversation_id: v.conversationId,
  participant_id: v.participantId,
  statement_id: v.statementId,
  value: v.value,
  request_id: v.requestId,
  created_at: v.createdAt,
});

type Id = string;

/** The two inserts of every vote, compiled once (see `CompiledOnce`). */
const insertVote = new CompiledOnce(6, (db: Kysely<Database>, c: Id, p: Id, s: Id, value: VoteValue, requestId: string | null, at: number) =>
  db
    .insertInto('votes')
    .values(voteRow({ conversationId: c, participantId: p, statementId: s, value, requestId, createdAt: at }))
    // A retried request (same participant, same request id) lands on the unique index and
    // inserts nothing; the vote stored the first time is answered instead.
    .onConflict((oc) => oc.columns(['participant_id', 'request_id']).where('request_id', 'is not', null).doNothing())
    .returning('id'),
);
const insertFirstLatest = new CompiledOnce(6, (db: Kysely<Database>, p: Id, s: Id, c: Id, value: VoteValue, at: number, firstVoteId: number) =>
  db
    .insertInto('latest_votes')
    .values({ participant_id: p, statement_id: s, conversation_id: c, value, updated_at: at, first_vote_id: firstVoteId })
    .onConflict((oc) => oc.columns(['participant_id', 'statement_id']).doNothing())
    .returning('first_vote_id'),
);

export class KyselyVoteRepo implements VoteRepo {
  private readonly cache;

  constructor(private readonly db: Kysely<Database>) {
    this.cache = readCacheOf(db);
  }

  async record(v: NewVote): Promise<{ vote: StoredVote; replayed: boolean }> {
    const inserted = (
      await insertVote.execute<{ id: number | bigint }>(this.db, v.conversationId, v.participantId, v.statementId, v.value, v.requestId, v.createdAt)
    ).rows[0];
    if (!inserted) {
      const first = await this.db
        .selectFrom('votes')
        .select(['participant_id', 'statement_id', 'value', 'created_at'])
        .where('participant_id', '=', v.participantId)
        .where('request_id', '=', v.requestId)
        .executeTakeFirstOrThrow();
      return { vote: toVote(first), replayed: true };
    }
    // Most votes are a participant's first on a statement: one insert. A changed vote reads the
    // value it replaces first, which the cached tallies need.
    const first = (
      await insertFirstLatest.execute(this.db, v.participantId, v.statementId, v.conversationId, v.value, v.createdAt, Number(inserted.id))
    ).rows[0];
    let previous: VoteValue | null = null;
    if (!first) {
      const latest = await this.db
        .selectFrom('latest_votes')
        .select('value')
        .where('participant_id', '=', v.participantId)
        .where('statement_id', '=', v.statementId)
        .executeTakeFirstOrThrow();
      previous = latest.value as VoteValue;
      await this.db
        .updateTable('latest_votes')
        .set({ value: v.value, updated_at: v.createdAt })
        .where('participant_id', '=', v.participantId)
        .where('statement_id', '=', v.statementId)
        .execute();
    }
    const vote: StoredVote = { participantId: v.participantId, statementId: v.statementId, value: v.value, createdAt: v.createdAt };
    this.cache?.recordVote(v.conversationId, vote, previous);
    return { vote, replayed: false };
  }

  async latestByParticipant(participantId: string): Promise<StoredVote[]> {
    // Every vote's next card reads them: cached where the store keeps them (outside transactions,
    // which may roll back), and kept current by `record`.
    if (this.cache && !this.db.isTransaction) {
      return this.cache.participantVotesThrough(participantId, () => this.latestWhere('participant_id', participantId));
    }
    return this.latestWhere('participant_id', participantId);
  }

  /** Latest votes matching one column, in the order they were first cast. */
  private async latestWhere(column: 'participant_id' | 'conversation_id', value: string): Promise<StoredVote[]> {
    const rows = await this.db
      .selectFrom('latest_votes')
      .select(['participant_id', 'statement_id', 'value', 'updated_at as created_at'])
      .where(column, '=', value)
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
    return this.latestWhere('conversation_id', conversationId);
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

  async voterCount(conversationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('latest_votes')
      .select((eb) => eb.fn.count('participant_id').distinct().as('n'))
      .where('conversation_id', '=', conversationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async since(afterSeq: number, limit: number): Promise<VoteEvent[]> {
    const rows = await this.db
      .selectFrom('votes')
      .select(['id', 'conversation_id', 'participant_id', 'statement_id', 'value', 'created_at'])
      .where('id', '>', afterSeq)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.id),
      conversationId: r.conversation_id,
      participantId: r.participant_id,
      statementId: r.statement_id,
      value: r.value as VoteValue,
      createdAt: r.created_at,
    }));
  }

  async importEvents(votes: NewVote[]): Promise<void> {
    const latest = new Map<string, { vote: NewVote; firstId: number }>();
    // Chunks keep each statement under the databases' parameter limits.
    for (let i = 0; i < votes.length; i += 1000) {
      const chunk = votes.slice(i, i + 1000);
      const ids = await this.db
        .insertInto('votes')
        .values(
          chunk.map(voteRow),
        )
        .returning('id')
        .execute();
      chunk.forEach((v, j) => {
        const key = `${v.participantId}\u0000${v.statementId}`;
        const seen = latest.get(key);
        latest.set(key, { vote: v, firstId: seen?.firstId ?? Number(ids[j]!.id) });
      });
    }
    const rows = [...latest.values()].map(({ vote, firstId }) => ({
      participant_id: vote.participantId,
      statement_id: vote.statementId,
      conversation_id: vote.conversationId,
      value: vote.value,
      updated_at: vote.createdAt,
      first_vote_id: firstId,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await this.db
        .insertInto('latest_votes')
        .values(rows.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.columns(['participant_id', 'statement_id']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })),
        )
        .execute();
    }
    this.cache?.forgetTallies();
  }
}
