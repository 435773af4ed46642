import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, AuditPage, User } from '../ports.js';

/** How many entries a page of the audit log holds unless asked otherwise, and at most. */
export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/**
 * A page of a conversation's audit log, newest first. Paged because a long conversation's log
 * runs to thousands of entries, and what is looked for is mostly recent.
 */
export async function auditLog(
  deps: AppDeps,
  input: { slug: string; actor: User | null; limit?: number; before?: number | null },
): Promise<AuditPage> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? AUDIT_PAGE_DEFAULT), 1), AUDIT_PAGE_MAX);
  return deps.store.audit.page(conversation.id, { limit, before: input.before ?? null });
}
