import type { Kysely } from 'kysely';
import type { KeyedVote, NewVote, Participant, StoredVote } from '../../../app/ports.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';
import type { Steps } from '../steps.js';
import { CompiledOnce } from './compiled-once.js';
import { participantByKeySteps } from './participant-repo.js';
import type { ReadCache } from './read-cache.js';

type Id = string;

/** A vote event as the `votes` table stores it. */
export const voteRow = (v: NewVote) => ({
  conversation_id: v.conversationId,
  participant_id: v.participantId,
  statement_id: v.statementId,
  value: v.value,
  request_id: v.requestId,
  created_at: v.createdAt,
});

export const toVote = (r: { participant_id: string; statement_id: string; value: number; created_at: number }): StoredVote => ({
  participantId: r.participant_id,
  statementId: r.statement_id,
  value: r.value as VoteValue,
  createdAt: r.created_at,
});

// Every query of a vote, built and compiled once (see `CompiledOnce`).

const insertVote = new CompiledOnce(6, (db: Kysely<Database>, c: Id, p: Id, s: Id, value: VoteValue, requestId: string | null, at: number) =>
  db
    .insertInto('votes')
    .values(voteRow({ conversationId: c, participantId: p, statementId: s, value, requestId, createdAt: at }))
    // A retried request (same participant, same request id) lands on the unique index and
    // inserts nothing; the vote stored the first time is answered instead.
    .onConflict((oc) => oc.columns(['participant_id', 'request_id']).where('request_id', 'is not', null).doNothing())
    .returning('id'),
);
const selectRetried = new CompiledOnce(2, (db: Kysely<Database>, p: Id, requestId: string | null) =>
  db
    .selectFrom('votes')
    .select(['participant_id', 'statement_id', 'value', 'created_at'])
    .where('participant_id', '=', p)
    .where('request_id', '=', requestId),
);
const insertFirstLatest = new CompiledOnce(6, (db: Kysely<Database>, p: Id, s: Id, c: Id, value: VoteValue, at: number, firstVoteId: number) =>
  db
    .insertInto('latest_votes')
    .values({ participant_id: p, statement_id: s, conversation_id: c, value, updated_at: at, first_vote_id: firstVoteId })
    .onConflict((oc) => oc.columns(['participant_id', 'statement_id']).doNothing())
    .returning('first_vote_id'),
);
const selectLatestValue = new CompiledOnce(2, (db: Kysely<Database>, p: Id, s: Id) =>
  db.selectFrom('latest_votes').select('value').where('participant_id', '=', p).where('statement_id', '=', s),
);
const updateLatest = new CompiledOnce(4, (db: Kysely<Database>, p: Id, s: Id, value: VoteValue, at: number) =>
  db.updateTable('latest_votes').set({ value, updated_at: at }).where('participant_id', '=', p).where('statement_id', '=', s),
);

/**
 * Appends a vote to the history and makes it the latest for its participant and statement; a
 * request id seen before for the participant answers with the vote stored then. Counted into the
 * cache as part of the unit, so that no read of the tallies can fall between the write and the count.
 */
export function* recordSteps(db: Kysely<Database>, cache: ReadCache | null, v: NewVote): Steps<{ vote: StoredVote; replayed: boolean }> {
  const inserted = (yield insertVote.compile(db, v.conversationId, v.participantId, v.statementId, v.value, v.requestId, v.createdAt)).rows[0];
  if (!inserted) {
    const first = (yield selectRetried.compile(db, v.participantId, v.requestId)).rows[0];
    if (!first) throw new Error('retried vote not found');
    return { vote: toVote(first), replayed: true };
  }
  // Most votes are a participant's first on a statement: one insert. A changed vote reads the
  // value it replaces first, which the cached tallies need.
  const first = (yield insertFirstLatest.compile(db, v.participantId, v.statementId, v.conversationId, v.value, v.createdAt, Number(inserted.id))).rows[0];
  let previous: VoteValue | null = null;
  if (!first) {
    const latest = (yield selectLatestValue.compile(db, v.participantId, v.statementId)).rows[0];
    if (!latest) throw new Error('latest vote not found');
    previous = latest.value as VoteValue;
    yield updateLatest.compile(db, v.participantId, v.statementId, v.value, v.createdAt);
  }
  const vote: StoredVote = { participantId: v.participantId, statementId: v.statementId, value: v.value, createdAt: v.createdAt };
  cache?.recordVote(v.conversationId, vote, previous);
  return { vote, replayed: false };
}

/**
 * The participant behind a browser key, registered on first use, then their vote, as one unit;
 * `accept` sees the participant before the vote and may refuse them by throwing.
 */
export function* castByKeySteps(
  db: Kysely<Database>,
  cache: ReadCache | null,
  input: KeyedVote,
  accept: (participant: Participant) => void,
): Steps<{ participant: Participant; vote: StoredVote; replayed: boolean }> {
  const participant = yield* participantByKeySteps(db, input.conversationId, input.participantKey, input.newParticipantId, input.createdAt);
  accept(participant);
  const { vote, replayed } = yield* recordSteps(db, cache, {
    conversationId: input.conversationId,
    participantId: participant.id,
    statementId: input.statementId,
    value: input.value,
    requestId: input.requestId,
    createdAt: input.createdAt,
  });
  return { participant, vote, replayed };
}
