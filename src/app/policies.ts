import type { Conversation } from '../domain/conversation/conversation.js';
import { DomainError } from '../domain/errors.js';
import type { Role, Store, User } from './ports.js';

/**
 * Staff rights are per conversation: a moderator of one conversation has none on another.
 * An instance administrator (created with `sopu create-admin`) acts as organizer everywhere.
 */
export async function requireStaffRole(
  store: Store,
  user: User | null,
  conversation: Conversation,
  allowed: readonly Role[],
): Promise<User> {
  if (!user) throw new DomainError('not_authenticated', 'Log in first');
  if (user.isAdmin) return user;
  const role = await store.users.roleIn(user.id, conversation.id);
  if (!role || !allowed.includes(role)) {
    throw new DomainError('forbidden', 'You have no rights in this conversation');
  }
  return user;
}

export const MODERATORS: readonly Role[] = ['moderator', 'organizer'];
export const ORGANIZERS: readonly Role[] = ['organizer'];

/**
 * Creating a conversation (or importing one) needs no role in a conversation that does not exist
 * yet: administrators and anyone who organizes some conversation may.
 */
export async function requireOrganizerSomewhere(store: Store, user: User | null): Promise<User> {
  if (!user) throw new DomainError('not_authenticated', 'Log in first');
  if (user.isAdmin || (await store.exports.organizesAny(user.id))) return user;
  throw new DomainError('forbidden', 'Only organizers may create conversations');
}

/** The conversations a user holds a role in; an administrator organizes every one. */
export async function staffRoles(store: Store, user: User): Promise<{ conversation: Conversation; role: Role }[]> {
  const out: { conversation: Conversation; role: Role }[] = [];
  if (user.isAdmin) {
    for (const conversation of await store.conversations.list()) out.push({ conversation, role: 'organizer' });
  } else {
    for (const { conversationId, role } of await store.users.rolesOf(user.id)) {
      const conversation = await store.conversations.findById(conversationId);
      if (conversation) out.push({ conversation, role });
    }
  }
  // The newest first.
  return out.sort((a, b) => b.conversation.createdAt - a.conversation.createdAt || (a.conversation.slug < b.conversation.slug ? -1 : 1));
}
