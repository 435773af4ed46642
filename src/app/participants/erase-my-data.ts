import { requireConversation } from '../conversations/require-conversation.js';
import type { AppDeps } from '../ports.js';

/** A participant's right to leave: their votes and statements in this conversation are deleted. */
export async function eraseMyData(deps: AppDeps, input: { slug: string; participantKey: string | null }): Promise<boolean> {
  const conversation = await requireConversation(deps.store, input.slug);
  if (!input.participantKey) return false;
  return deps.store.transaction(async (store) => {
    const participant = await store.participants.findByKey(conversation.id, input.participantKey!);
    if (!participant) return false;
    await store.participants.erase(participant.id);
    return true;
  });
}
