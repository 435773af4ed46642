import type {
  CastVoteResponse,
  Conversation,
  ConversationList,
  Lang,
  MyVotes,
  NextCard,
  Report,
  Results,
  ViewerResults,
  Participant,
  SimilarList,
  StatementList,
  SubmittedStatement,
  VoteValue,
} from './types';

const BASE = '/api/v1';

/**
 * A refusal from the API (its stable code and what else it said, such as the `field` a validation
 * failure is about), or `network_error` when no answer came.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly statementId: string | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

/** The error of a refused response, read from the API's one error shape. */
export function apiErrorOf(status: number, json: unknown): ApiError {
  const error = (json as { error?: Record<string, unknown> } | null)?.error ?? {};
  const { code, message: _message, statementId, ...details } = error;
  return new ApiError(status, typeof code === 'string' ? code : 'internal_error', typeof statementId === 'string' ? statementId : null, details);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error');
  }
  if (response.status === 204) return null;
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, json);
  return json as T;
}

const c = (slug: string) => `/conversations/${encodeURIComponent(slug)}`;

export const api = {
  conversations: async () => (await request<ConversationList>('GET', '/conversations'))!.conversations,
  conversation: async (slug: string) => (await request<Conversation>('GET', c(slug)))!,
  /** The next card, or null when nothing is left to vote on. */
  next: (slug: string) => request<NextCard>('GET', `${c(slug)}/next`),
  vote: async (slug: string, statementId: string, value: VoteValue, requestId: string) =>
    (await request<CastVoteResponse>('POST', `${c(slug)}/votes`, { statementId, value, requestId }))!,
  myVotes: async (slug: string) => (await request<MyVotes>('GET', `${c(slug)}/votes/mine`))!.votes,
  statements: async (slug: string) => (await request<StatementList>('GET', `${c(slug)}/statements`))!.statements,
  submitStatement: async (slug: string, text: string, lang: Lang) =>
    (await request<{ statement: SubmittedStatement }>('POST', `${c(slug)}/statements`, { text, lang }))!.statement,
  join: async (slug: string) => (await request<{ participant: Participant }>('POST', `${c(slug)}/participants`, {}))!.participant,
  setSegment: async (slug: string, segment: string | null) =>
    (await request<{ participant: Participant }>('PUT', `${c(slug)}/participants/me/segment`, { segment }))!.participant,
  deleteMyData: async (slug: string) => {
    await request<null>('DELETE', `${c(slug)}/participants/me`);
  },
  /** The latest results, or null while there are none yet. */
  results: async (slug: string) => {
    const body = (await request<Results | { version: null }>('GET', `${c(slug)}/results`))!;
    return body.version === null ? null : (body as Results);
  },
  myResults: async (slug: string) => (await request<ViewerResults>('GET', `${c(slug)}/results/me`))!,
  report: async (slug: string) => (await request<Report>('GET', `${c(slug)}/report`))!,
  /** Where a page listens for new results. */
  eventsUrl: (slug: string) => `${BASE}${c(slug)}/events`,
  similar: async (slug: string, text: string, lang: Lang, limit: number) => {
    const query = new URLSearchParams({ text, lang, limit: String(limit) });
    return (await request<SimilarList>('GET', `${c(slug)}/similar?${query}`))!;
  },
};
