import { DEMO_SLUG } from './targets.js';

export interface VoteBody {
  statementId: string;
  value: 'agree' | 'disagree' | 'pass';
  requestId: string;
}

interface NextCard {
  statement: { id: string };
}

/** A browser taking part over real HTTP: keeps its participant cookie as a browser would. */
export class ParticipantClient {
  cookie: string | null = null;

  constructor(
    /** Where the server is; a restarted one may listen elsewhere. */
    public baseUrl: string,
    private readonly slug = DEMO_SLUG,
  ) {}

  private async send(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/api/v1/conversations/${this.slug}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('sopu_participant='));
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  }

  async join(): Promise<{ status: number; participantId: string | null }> {
    const res = await this.send('POST', '/participants');
    return { status: res.status, participantId: (res.json as { participant?: { id: string } } | null)?.participant?.id ?? null };
  }

  async next(): Promise<string | null> {
    const res = await this.send('GET', '/next');
    return res.status === 200 ? (res.json as NextCard).statement.id : null;
  }

  /** Throws when no answer comes (the server is gone). */
  async vote(body: VoteBody): Promise<{ status: number; next: string | null; value: string | null }> {
    const res = await this.send('POST', '/votes', body);
    const json = res.json as { vote?: { value: string }; next?: NextCard | null } | null;
    return { status: res.status, next: json?.next?.statement.id ?? null, value: json?.vote?.value ?? null };
  }
}

export const VALUES = ['agree', 'disagree', 'pass'] as const;
