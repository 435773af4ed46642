import type { Conversation } from '../../domain/conversation/conversation.js';
import { DomainError } from '../../domain/errors.js';
import type { AppDeps, Invite, Store } from '../ports.js';

export interface OpenInvite {
  invite: Invite;
  conversation: Conversation;
  /** Whether the invited address has an account already (accepting then asks for its password). */
  accountExists: boolean;
}

/** An invite that can still be accepted; a used one is refused before an expired one. */
export async function findOpenInvite(deps: AppDeps, store: Store, tokenHash: string): Promise<OpenInvite> {
  const invite = await store.invites.findByTokenHash(tokenHash);
  const conversation = invite ? await store.conversations.findById(invite.conversationId) : null;
  if (!invite || !conversation) throw new DomainError('invite_not_found', 'No such invite');
  if (invite.acceptedAt !== null) throw new DomainError('invite_used', 'This invite has been accepted already');
  if (invite.expiresAt <= deps.clock.now()) throw new DomainError('invite_expired', 'This invite has expired; ask for a new one');
  const accountExists = (await store.users.findByEmail(invite.email)) !== null;
  return { invite, conversation, accountExists };
}
