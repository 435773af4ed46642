import { canVote, phaseAt } from '../../domain/conversation/schedule.js';
import { DomainError } from '../../domain/errors.js';
import { voteValue, type VoteValue } from '../../domain/vote/vote.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { assertNotBanned } from '../participants/join-conversation.js';
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
  // One unit: a returning participant is found, a new one registered, a banned one refused
  // before anything is written.
  const { participant, vote, replayed } = await deps.store.votes.castByKey(
    {
      conversationId: conversation.id,
      participantKey: input.participantKey,
      newParticipantId: () => deps.ids.newId(),
      statementId: statement.id,
      value,
      requestId: input.requestId ?? null,
      createdAt: now,
    },
    assertNotBanned,
  );
  return { vote, participant, conversation, replayed };
}
