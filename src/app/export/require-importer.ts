import { requireOrganizerSomewhere } from '../policies.js';
import type { Store, User } from '../ports.js';

/**
 * An import creates a new conversation, so there is no conversation to hold a role in yet: instance
 * administrators and users who organize some conversation may import.
 */
export async function requireImporter(store: Store, user: User | null): Promise<User> {
  return requireOrganizerSomewhere(store, user);
}
