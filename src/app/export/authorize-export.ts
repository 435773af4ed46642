import type { Conversation } from '../../domain/conversation/conversation.js';
import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import { resultsArePublic } from '../results/get-results.js';

export interface ExportAccess {
  conversation: Conversation;
  /**
   * Staff see everything; the public sees what the conversation shows: no text of statements
   * that were never published or were taken down, and no moderators' notes.
   */
  full: boolean;
}

/**
 * Who may export: the conversation's staff always, anyone while its results are public. Otherwise
 * an unknown visitor is asked to log in; a participant or another conversation's staff is refused.
 */
export async function authorizeExport(
  deps: AppDeps,
  input: { slug: string; viewer: User | null; isParticipant?: boolean },
): Promise<ExportAccess> {
  const conversation = await requireConversation(deps.store, input.slug);
  if (input.viewer && (await isStaff(deps, input.viewer, conversation))) return { conversation, full: true };
  if (resultsArePublic(conversation, deps.clock.now())) return { conversation, full: false };
  if (!input.viewer && !input.isParticipant) throw new DomainError('not_authenticated', 'The data of this conversation is not public; log in');
  throw new DomainError('forbidden', 'The data of this conversation is not public');
}

async function isStaff(deps: AppDeps, viewer: User, conversation: Conversation): Promise<boolean> {
  if (viewer.isAdmin) return true;
  const role = await deps.store.users.roleIn(viewer.id, conversation.id);
  return role !== null && MODERATORS.includes(role);
}
