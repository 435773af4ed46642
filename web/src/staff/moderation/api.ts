import type { Conversation, Lang } from '../../api/types';
import { conversationPath, staffRequest, type StaffSession } from '../http';
import type { AuditEntry, DecidedStatus, DecisionBody, QueueItem, StaffStatement } from './types';

/** The moderation endpoints, each carrying the session's CSRF token on changes. */
export function moderationApi(slug: string, session: StaffSession) {
  const c = conversationPath(slug);
  const csrfToken = session.csrfToken;
  return {
    conversation: () => staffRequest<Conversation>('GET', c),
    queue: async (flaggedFirst: boolean) =>
      (await staffRequest<{ items: QueueItem[] }>('GET', `${c}/moderation/queue${flaggedFirst ? '?sort=flagged' : ''}`)).items,
    decided: async (status: DecidedStatus) =>
      (await staffRequest<{ statements: StaffStatement[] }>('GET', `${c}/moderation/decided?status=${status}`)).statements,
    decide: async (body: DecisionBody) =>
      (await staffRequest<{ statements: StaffStatement[] }>('POST', `${c}/moderation/decisions`, { body, csrfToken })).statements,
    translate: (statementId: string, lang: Lang, text: string) =>
      staffRequest<StaffStatement>('PUT', `${c}/statements/${encodeURIComponent(statementId)}/translations/${lang}`, { body: { text }, csrfToken }),
    ban: (participantId: string, reason: string | undefined) =>
      staffRequest<null>('POST', `${c}/participants/${encodeURIComponent(participantId)}/ban`, { body: reason ? { reason } : {}, csrfToken }),
    audit: async () => (await staffRequest<{ entries: AuditEntry[] }>('GET', `${c}/audit`)).entries,
  };
}

export type ModerationApi = ReturnType<typeof moderationApi>;
