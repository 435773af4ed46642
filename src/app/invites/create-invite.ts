import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, Invite, Role, User } from '../ports.js';

/** An invite link works for a week. */
export const INVITE_LIFETIME_MS = 7 * 24 * 3_600_000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An organizer invites someone to moderate or co-organize one conversation. The link's token is
 * made by the caller; only its hash is stored.
 */
export async function createInvite(
  deps: AppDeps,
  input: { slug: string; email: string; role: Role; tokenHash: string; actor: User | null },
): Promise<Invite> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) throw new DomainError('validation_failed', 'Not an e-mail address', { field: 'email' });
  if (input.role !== 'moderator' && input.role !== 'organizer') {
    throw new DomainError('validation_failed', 'The role is moderator or organizer', { field: 'role' });
  }
  const now = deps.clock.now();
  const invite: Invite = {
    id: deps.ids.newId(),
    tokenHash: input.tokenHash,
    conversationId: conversation.id,
    email,
    role: input.role,
    createdBy: actor.id,
    createdAt: now,
    expiresAt: now + INVITE_LIFETIME_MS,
    acceptedAt: null,
    acceptedBy: null,
  };
  await deps.store.transaction(async (store) => {
    await store.invites.create(invite);
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'invite',
      oldText: null,
      newText: null,
      details: { email, role: input.role, expiresAt: invite.expiresAt },
      createdAt: now,
    });
  });
  return invite;
}
