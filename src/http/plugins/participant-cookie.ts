import type { FastifyReply, FastifyRequest } from 'fastify';
import { isWellFormedToken, newToken, tokenHash } from '../../infra/auth/tokens.js';
import { BoundedMemo } from '../../infra/system/bounded-memo.js';

export const PARTICIPANT_COOKIE = 'sopu_participant';
const ONE_YEAR_S = 365 * 24 * 3600;

/** Every vote of a browser needs its key, and a SHA-256 costs more than a look-up. */
const knownKeys = new BoundedMemo(50_000, tokenHash);
const keyOf = (token: string, conversationSlug: string) => knownKeys.get(`${token}:${conversationSlug}`);

/**
 * The browser's participant key for a conversation. The cookie holds a random token; the store only
 * sees a hash of it with the conversation's id, so one browser's participations in two
 * conversations cannot be linked from the database.
 */
export function participantKey(request: FastifyRequest, conversationSlug: string): string | null {
  const token = request.cookies[PARTICIPANT_COOKIE];
  return isWellFormedToken(token) ? keyOf(token, conversationSlug) : null;
}

/** The key, issuing a new cookie to a browser that has none. */
export function ensureParticipantKey(request: FastifyRequest, reply: FastifyReply, conversationSlug: string): string {
  let token = request.cookies[PARTICIPANT_COOKIE];
  if (!isWellFormedToken(token)) {
    token = newToken();
    reply.setCookie(PARTICIPANT_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: ONE_YEAR_S,
    });
  }
  return keyOf(token, conversationSlug);
}
