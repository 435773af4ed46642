import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import type { AppDeps, Participant } from '../ports.js';
import { participantFor } from './join-conversation.js';

/** Records (or clears, with null) the participant's answer to the segment question. */
export async function setSegment(
  deps: AppDeps,
  input: { slug: string; participantKey: string; segment: string | null },
): Promise<Participant> {
  const conversation = await requireConversation(deps.store, input.slug);
  const question = conversation.settings.segmentQuestion;
  if (input.segment !== null && !question?.options.some((o) => o.id === input.segment)) {
    throw new DomainError('invalid_segment', 'Not one of the segment question\'s options');
  }
  const participant = await participantFor(deps, conversation, input.participantKey);
  await deps.store.participants.setSegment(participant.id, input.segment);
  return { ...participant, segment: input.segment };
}
