import type { Kysely } from 'kysely';
import type { KeyedVote, NewVote, Participant, StoredVote, VoteEvent, VoteRepo } from '../../../app/ports.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';
import { runSteps, type AtomicSteps, type Steps } from '../steps.js';
import { readCacheOf } from './read-cache.js';
import { castByKeySteps, recordSteps, toVote, voteRow } from './vote-steps.js';

const EVENT_COLUMNS = ['id', 'conversation_id', 'participant_id', 'statement_id', 'value', 'created_at'] as const;

const toEvent = (r: Pick<Database['votes'], 'conversation_id' | 'participant_id' | 'statement_id' | 'value' | 'created_at'> & { id: number | bigint }): VoteEvent => ({
  seq: Number(r.id),
  conversationId: r.conversation_id,
  participantId: r.participant_id,
  statementId: r.statement_id,
  value: r.value as VoteValue,
  createdAt: r.created_at,
});

export class KyselyVoteRepo implements VoteRepo {
  private readonly cache;

  constructor(
    private readonly db: Kysely<Database>,
    /** Given only outside a transaction: the unit runs on its own. */
    private readonly atomic?: AtomicSteps,
  ) {
    this.cache = readCacheOf(db);
  }

  async record(v: NewVote): Promise<{ vote: StoredVote; replayed: boolean }> {
    return this.run((db) => recordSteps(db, this.cache, v));
  }

  async castByKey(input: KeyedVote, accept: (participant: Participant) => void): Promise<{ participant: Participant; vote: StoredVote; replayed: boolean }> {
    return this.run((db) => castByKeySteps(db, this.cache, input, accept));
  }

  /** SQLite runs a vote's queries in one go inside its open batch; otherwise Kysely runs them in a transaction. */
  private run<T>(makeSteps: (db: Kysely<Database>) => Steps<T>): Promise<T> {
    if (this.atomic) return this.atomic.run(makeSteps(this.db));
    // The unit counts its vote into the cache before its transaction commits: a unit that fails
    // may have counted one that is not stored. (SQLite's batch drops them on its own.)
    return runSteps(this.db, makeSteps).catch((err: unknown) => {
      if (!this.db.isTransaction) this.cache?.forgetTallies();
      throw err;
    });
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
      .select(EVENT_COLUMNS)
      .where('id', '>', afterSeq)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toEvent);
  }

  async withSeqs(seqs: readonly number[]): Promise<VoteEvent[]> {
    const events: VoteEvent[] = [];
    // Chunked so that many at once stay under the databases' parameter limits.
    for (let i = 0; i < seqs.length; i += 500) {
      const rows = await this.db
        .selectFrom('votes')
        .select(EVENT_COLUMNS)
        .where('id', 'in', seqs.slice(i, i + 500))
        .orderBy('id')
        .execute();
      for (const r of rows) events.push(toEvent(r));
    }
    return events;
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
