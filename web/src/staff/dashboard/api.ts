import { conversationPath, staffRequest } from '../http';
import type { Dashboard, StaffConversationSummary } from './types';

export const dashboardApi = {
  dashboard: (slug: string) => staffRequest<Dashboard>('GET', `${conversationPath(slug)}/dashboard`),
  conversations: async () => (await staffRequest<{ conversations: StaffConversationSummary[] }>('GET', '/staff/conversations')).conversations,
};

/** The Pol.is export (polis-export/1) as one zip, and each of its files. */
export const EXPORT_FILES = ['summary.csv', 'comments.csv', 'votes.csv', 'participant-votes.csv', 'comment-groups.csv', 'math.json'] as const;

export const exportHref = (slug: string, file?: string) => `/api/v1${conversationPath(slug)}/export${file ? `/${encodeURIComponent(file)}` : ''}`;
