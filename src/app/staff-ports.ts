import type { Role } from './ports.js';

// Staff invitations and conversation logos.

export interface Invite {
  id: string;
  /** The hash of the link's token; the token itself is only in the link. */
  tokenHash: string;
  conversationId: string;
  email: string;
  role: Role;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  acceptedBy: string | null;
}

export interface InviteRepo {
  create(invite: Invite): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Invite | null>;
  /** Marks the invite accepted; false when it already was (another request won). */
  markAccepted(id: string, userId: string, at: number): Promise<boolean>;
  /** The invites of a conversation that have not been accepted (open or expired), newest first. */
  listUnused(conversationId: string): Promise<Invite[]>;
  /**
   * Deletes an invite of this conversation that has not been accepted and gives it back; null when
   * there is no such invite (unknown, of another conversation, or accepted already).
   */
  deleteUnused(id: string, conversationId: string): Promise<Invite | null>;
}

/** Someone who holds a role in a conversation. */
export interface ConversationMember {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
}

/**
 * The outcome of removing a role: `removed`; `no_role` when the user held none there; or
 * `last_organizer` when it is the conversation's only organizer, which is never removed.
 */
export type RevokeRoleOutcome = 'removed' | 'no_role' | 'last_organizer';

export interface ConversationLogo {
  contentType: string;
  data: Uint8Array;
  updatedAt: number;
}

export interface LogoRepo {
  /** Stores or replaces the logo, and notes its time on the conversation. */
  put(conversationId: string, logo: ConversationLogo): Promise<void>;
  get(conversationId: string): Promise<ConversationLogo | null>;
  /** Removes the logo; false when there was none. */
  delete(conversationId: string): Promise<boolean>;
}
