import { DomainError } from '../../domain/errors.js';
import type { Store, User } from '../ports.js';

/**
 * An import creates a new conversation, so there is no conversation to hold a role in yet: instance
 * administrators and users who organize some conversation may import.
 */
export async function requireImporter(store: Store, user: User | null): Promise<User> {
  if (!user) throw new DomainError('not_authenticated', 'Log in first');
  if (user.isAdmin || (await store.exports.organizesAny(user.id))) return user;
  throw new DomainError('forbidden', 'Only organizers may import conversations');
}
