import type { Conversation } from '../api/types';

/** Whether participants may see the results now. */
export function resultsVisible(conversation: Conversation): boolean {
  const visibility = conversation.settings.resultsVisibility;
  return visibility === 'during' || (visibility === 'after' && conversation.phase === 'closed');
}

export const canWrite = (conversation: Conversation) => conversation.settings.participantsMayWrite && conversation.phase === 'open';
