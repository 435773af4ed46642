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
}

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
