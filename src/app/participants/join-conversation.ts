import { DomainError } from '../../domain/errors.js';
import type { AppDeps, Participant, Store } from '../ports.js';
import type { Conversation } from '../../domain/conversation/conversation.js';

/**
 * The participant behind a browser's key, registered on first use. Anonymous: the key is a
 * random token the browser keeps in a cookie; only its hash reaches the store.
 */
export async function participantFor(
  deps: Pick<AppDeps, 'clock' | 'ids'> & { store: Store },
  conversation: Conversation,
  participantKey: string,
): Promise<Participant> {
  return deps.store.participants.findOrCreate(conversation.id, participantKey, deps.ids.newId(), deps.clock.now());
}

export function assertNotBanned(participant: Participant): void {
  if (participant.bannedAt !== null) {
    throw new DomainError('participant_banned', 'A moderator has blocked this participant in this conversation');
  }
}
