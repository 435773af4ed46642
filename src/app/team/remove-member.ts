import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';

/**
 * An organizer takes someone's role in a conversation away (their own too). Rights are looked up
 * on every request, so the person's open sessions have none there from the next request on. The
 * last organizer is never removed: someone must answer for the conversation.
 */
export async function removeMember(deps: AppDeps, input: { slug: string; userId: string; actor: User | null }): Promise<void> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  await deps.store.transaction(async (store) => {
    const role = await store.users.roleIn(input.userId, conversation.id);
    const member = role ? await store.users.findById(input.userId) : null;
    const outcome = member ? await store.users.revokeRole(member.id, conversation.id) : 'no_role';
    if (outcome === 'no_role') throw new DomainError('user_not_found', 'Nobody with that id works on this conversation');
    if (outcome === 'last_organizer') {
      throw new DomainError('last_organizer', 'The last organizer of a conversation cannot be removed; invite another organizer first');
    }
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'role_removed',
      oldText: null,
      newText: null,
      details: { email: member!.email, displayName: member!.displayName, role: role! },
      createdAt: deps.clock.now(),
    });
  });
}
