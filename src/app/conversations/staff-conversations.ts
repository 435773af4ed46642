import type { Conversation } from '../../domain/conversation/conversation.js';
import { isModerationOverdue } from '../../domain/service-level/index.js';
import { staffRoles } from '../policies.js';
import type { AppDeps, Role, User } from '../ports.js';

export interface StaffConversation {
  conversation: Conversation;
  role: Role;
  queue: { pending: number; overdue: number };
}

/** Every conversation the user has a role in (an administrator: all), drafts and closed ones too. */
export async function staffConversations(deps: AppDeps, user: User): Promise<StaffConversation[]> {
  const now = deps.clock.now();
  const out: StaffConversation[] = [];
  for (const { conversation, role } of await staffRoles(deps.store, user)) {
    const pending = await deps.store.statements.list(conversation.id, ['pending']);
    out.push({
      conversation,
      role,
      queue: { pending: pending.length, overdue: pending.filter((s) => isModerationOverdue(s.createdAt, now)).length },
    });
  }
  return out;
}
