import { canVote, phaseAt } from '../../domain/conversation/schedule.js';
import { DomainError } from '../../domain/errors.js';
import { voteValue, type VoteValue } from '../../domain/vote/vote.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { assertNotBanned, participantFor } from '../participants/join-conversation.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import type { AppDeps, Participant, StoredVote } from '../ports.js';

export interface CastVoteInput {
  slug: string;
  participantKey: string;
  statementId: string;
  /** "agree", "disagree" or "pass"; anything else is refused. */
  value: unknown;
  /** The client's id for this request: a retry with the same id is not a second vote. */
  requestId?: string | null;
}

export interface CastVoteResult {
  vote: StoredVote;
  participant: Participant;
  /** The conversation as the vote found it, for routing the next card. */
  conversation: Conversation;
  replayed: boolean;
}

/**
 * Casts a vote: only while voting is open, only on a published statement. The latest vote counts;
 * every vote stays in the history.
 */
export async function castVote(deps: AppDeps, input: CastVoteInput): Promise<CastVoteResult> {
  const value: VoteValue = voteValue(input.value);
  const conversation = await requireConversation(deps.store, input.slug);
  const now = deps.clock.now();
  if (!canVote(phaseAt(conversation.schedule, now, conversation.closedManually))) {
    throw new DomainError('conversation_closed', 'The conversation is not open for voting');
  }
  const statement = await deps.store.statements.findById(conversation.id, input.statementId);
  if (!statement) throw new DomainError('statement_not_found', 'No such statement in this conversation');
  if (statement.status !== 'published') {
    throw new DomainError('statement_not_published', 'Only published statements can be voted on');
  }
  return deps.store.transaction(async (store) => {
    // A returning participant is found without making a new id for one.
    const participant =
      (await store.participants.findByKey(conversation.id, input.participantKey)) ??
      (await participantFor({ ...deps, store }, conversation, input.participantKey));
    assertNotBanned(participant);
    const { vote, replayed } = await store.votes.record({
      conversationId: conversation.id,
      participantId: participant.id,
      statementId: statement.id,
      value,
      requestId: input.requestId ?? null,
      createdAt: now,
    });
    return { vote, participant, conversation, replayed };
  });
}
