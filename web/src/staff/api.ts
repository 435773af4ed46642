// The staff tools' calls, typed after the staff API contract. Every call goes through
// staffRequest, which carries the session cookie and, for changes, the CSRF token.
import type { Conversation, Lang } from '../api/types';
import type { TeamBody } from '../../../src/http/schemas/team.js';
import { ApiError } from '../api/client';
import { conversationPath, staffRequest as request, type StaffSession } from './http';

/** Every call but logging in and invitations needs a session. */
const staffRequest: typeof request = (...args) => withSession(request(...args));

export type StaffRole = 'organizer' | 'moderator';

/** GET /session and the log-in answer: who, the CSRF token, and the conversations one has a role in. */
export type SessionInfo = StaffSession & { conversations?: { id: string; role: StaffRole }[] };

export type StaffConversation = Conversation & { logoUrl?: string | null };

export interface StaffConversationItem {
  conversation: StaffConversation;
  role: StaffRole;
  queue: { pending: number; overdue: number };
}

export type ConversationTexts = Conversation['texts'][string];
export type Settings = Conversation['settings'];
export type SegmentQuestion = NonNullable<Settings['segmentQuestion']>;

export interface ConversationInput {
  languages: Lang[];
  texts: Partial<Record<Lang, ConversationTexts>>;
  schedule: Conversation['schedule'];
  settings: Settings;
}

export interface SeedStatementInput {
  lang: Lang;
  text: string;
  translations?: Partial<Record<Lang, string>>;
}

export interface Invite {
  token: string;
  path: string;
  expiresAt: string;
}

/** GET /conversations/{id}/team: the people with a role, and the invites nobody has accepted. */
export type Team = TeamBody;
export type TeamMember = Team['members'][number];
export type TeamInvite = Team['invites'][number];

export interface InviteInfo {
  email: string;
  role: StaffRole;
  conversation: { id: string; texts: Record<string, { title: string }> };
  expiresAt: string;
  accountExists: boolean;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName?: string | null;
  action: string;
  statementId: string | null;
  statementText: string | null;
  oldText: string | null;
  newText: string | null;
  details: Record<string, unknown>;
}

/** A page of the audit log, newest first; `nextBefore` asks for the next, older one (null: no more). */
export interface AuditLogPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export interface ImportSummary {
  conversation: Conversation;
  statements: number;
  participants: number;
  votes: number;
}

const change = (session: StaffSession) => ({ csrfToken: session.csrfToken });

// When the session ends while someone works (it expired, or they logged out in another tab), the
// staff tools show the log-in form again instead of failing call by call.
const sessionLostListeners = new Set<() => void>();

export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** A call that needs a session: a 401 `not_authenticated` tells the listeners. */
async function withSession<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code === 'not_authenticated') for (const listener of sessionLostListeners) listener();
    throw error;
  }
}

export const staffApi = {
  session: () => request<SessionInfo>('GET', '/session'),
  logIn: (email: string, password: string) => request<SessionInfo>('POST', '/session', { body: { email, password } }),
  logOut: (session: StaffSession) => staffRequest<null>('DELETE', '/session', change(session)),
  changePassword: (session: StaffSession, currentPassword: string, newPassword: string) =>
    staffRequest<null>('PUT', '/session/password', { ...change(session), body: { currentPassword, newPassword } }),

  conversations: async () => (await staffRequest<{ conversations: StaffConversationItem[] }>('GET', '/staff/conversations')).conversations,
  create: (session: StaffSession, slug: string, input: ConversationInput) =>
    staffRequest<StaffConversation>('POST', '/conversations', { ...change(session), body: { slug, ...input } }),
  update: (session: StaffSession, slug: string, patch: Partial<ConversationInput> & { closed?: boolean }) =>
    staffRequest<StaffConversation>('PATCH', conversationPath(slug), { ...change(session), body: patch }),
  addSeedStatements: (session: StaffSession, slug: string, statements: SeedStatementInput[]) =>
    staffRequest<{ statements: unknown[] }>('POST', `${conversationPath(slug)}/seed-statements`, { ...change(session), body: { statements } }),
  putLogo: (session: StaffSession, slug: string, file: Blob, contentType: string) =>
    staffRequest<null>('PUT', `${conversationPath(slug)}/logo`, { ...change(session), raw: { data: file, contentType } }),
  deleteLogo: (session: StaffSession, slug: string) => staffRequest<null>('DELETE', `${conversationPath(slug)}/logo`, change(session)),

  invite: (session: StaffSession, conversationId: string, email: string, role: StaffRole) =>
    staffRequest<Invite>('POST', '/invites', { ...change(session), body: { conversationId, email, role } }),
  inviteInfo: (token: string) => request<InviteInfo>('GET', `/invites/${encodeURIComponent(token)}`),
  acceptInvite: (token: string, displayName: string, password: string) =>
    request<SessionInfo>('POST', `/invites/${encodeURIComponent(token)}/accept`, { body: { displayName, password } }),

  team: (slug: string) => staffRequest<Team>('GET', `${conversationPath(slug)}/team`),
  removeMember: (session: StaffSession, slug: string, userId: string) =>
    staffRequest<null>('DELETE', `${conversationPath(slug)}/team/${encodeURIComponent(userId)}`, change(session)),
  revokeInvite: (session: StaffSession, slug: string, inviteId: string) =>
    staffRequest<null>('DELETE', `${conversationPath(slug)}/invites/${encodeURIComponent(inviteId)}`, change(session)),

  audit: (slug: string, before: number | null = null) =>
    staffRequest<AuditLogPage>('GET', `${conversationPath(slug)}/audit${before === null ? '' : `?before=${before}`}`),
  importPolis: (session: StaffSession, slug: string, zip: Blob) =>
    staffRequest<ImportSummary>('POST', `${conversationPath(slug)}/import`, { ...change(session), raw: { data: zip, contentType: 'application/zip' } }),
};
