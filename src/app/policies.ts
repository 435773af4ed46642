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
