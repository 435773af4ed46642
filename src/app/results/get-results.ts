import type { Conversation } from '../../domain/conversation/conversation.js';
import { phaseAt } from '../../domain/conversation/schedule.js';
import { DomainError } from '../../domain/errors.js';
import type { MathResult } from '../../domain/math/index.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, MathSnapshot, User } from '../ports.js';

/** Whether the public may read a conversation's results now, by its setting and phase. */
export function resultsArePublic(conversation: Conversation, now: number): boolean {
  const phase = phaseAt(conversation.schedule, now, conversation.closedManually);
  if (phase === 'draft') return false;
  if (conversation.settings.resultsVisibility === 'during') return true;
  if (conversation.settings.resultsVisibility === 'after') return phase === 'closed';
  return false;
}

export interface Results {
  conversation: Conversation;
  snapshot: (Omit<MathSnapshot, 'result'> & { result: MathResult }) | null;
}

/** The latest math snapshot, for the public when the results are public, for staff always. */
export async function getResults(deps: AppDeps, input: { slug: string; viewer: User | null }): Promise<Results> {
  const conversation = await requireConversation(deps.store, input.slug);
  if (!resultsArePublic(conversation, deps.clock.now())) {
    if (!input.viewer) throw new DomainError('forbidden', 'The results of this conversation are not public yet');
    await requireStaffRole(deps.store, input.viewer, conversation, MODERATORS);
  }
  const snapshot = await deps.store.snapshots.latest(conversation.id);
  return { conversation, snapshot: snapshot as Results['snapshot'] };
}
