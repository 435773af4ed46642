import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';

/**
 * An organizer withdraws an invite nobody has accepted: it is deleted, so its link then answers
 * like one that never existed. An accepted invite is not revoked; the person's role is removed
 * instead.
 */
export async function revokeInvite(deps: AppDeps, input: { slug: string; inviteId: string; actor: User | null }): Promise<void> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  await deps.store.transaction(async (store) => {
    const invite = await store.invites.deleteUnused(input.inviteId, conversation.id);
    if (!invite) throw new DomainError('invite_not_found', 'This conversation has no unused invite with that id');
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'invite_revoked',
      oldText: null,
      newText: null,
      details: { email: invite.email, role: invite.role },
      createdAt: deps.clock.now(),
    });
  });
}
