import { requireConversation } from '../conversations/require-conversation.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, ConversationMember, Role, User } from '../ports.js';

/** An invite that has not been accepted: still usable (`open`) or past its time (`expired`). */
export interface TeamInvite {
  id: string;
  email: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
  status: 'open' | 'expired';
}

export interface Team {
  members: ConversationMember[];
  invites: TeamInvite[];
}

const names = new Intl.Collator('fi', { sensitivity: 'base' });

/**
 * Who works on a conversation, for its organizers: everyone with a role there (organizers first,
 * then by name) and the invites nobody has accepted yet, newest first. Instance administrators
 * are listed only where they hold a role. No invite's token is ever given out again.
 */
export async function conversationTeam(deps: AppDeps, input: { slug: string; actor: User | null }): Promise<Team> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  const [members, invites] = await Promise.all([deps.store.users.membersOf(conversation.id), deps.store.invites.listUnused(conversation.id)]);
  const now = deps.clock.now();
  return {
    members: members.sort(
      (a, b) =>
        Number(b.role === 'organizer') - Number(a.role === 'organizer') ||
        names.compare(a.displayName, b.displayName) ||
        (a.email < b.email ? -1 : a.email > b.email ? 1 : 0),
    ),
    invites: invites.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      status: i.expiresAt <= now ? 'expired' : 'open',
    })),
  };
}
