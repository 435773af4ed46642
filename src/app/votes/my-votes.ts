import { requireConversation } from '../conversations/require-conversation.js';
import type { AppDeps, StoredVote } from '../ports.js';

/** A participant's latest votes; none for a browser that never joined. */
export async function myVotes(deps: AppDeps, input: { slug: string; participantKey: string | null }): Promise<StoredVote[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  if (!input.participantKey) return [];
  const participant = await deps.store.participants.findByKey(conversation.id, input.participantKey);
  if (!participant) return [];
  return deps.store.votes.latestByParticipant(participant.id);
}
