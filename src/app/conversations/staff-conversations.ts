import type { Conversation } from '../../domain/conversation/conversation.js';
import { queueFigures } from '../moderation/moderation-stats.js';
import { staffRoles } from '../policies.js';
import type { AppDeps, Role, User } from '../ports.js';

export interface StaffConversation {
  conversation: Conversation;
  role: Role;
  queue: { pending: number; overdue: number };
}

/** Every conversation the user has a role in (an administrator: all), drafts and closed ones too. */
export async function staffConversations(deps: AppDeps, user: User): Promise<StaffConversation[]> {
  const out: StaffConversation[] = [];
  for (const { conversation, role } of await staffRoles(deps.store, user)) {
    out.push({ conversation, role, queue: await queueFigures(deps, conversation.id) });
  }
  return out;
}
