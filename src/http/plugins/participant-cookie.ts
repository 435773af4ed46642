import type { FastifyReply, FastifyRequest } from 'fastify';
import { isWellFormedToken, newToken, tokenHash } from '../../infra/auth/tokens.js';

export const PARTICIPANT_COOKIE = 'sopu_participant';
const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * The browser's participant key for a conversation. The cookie holds a random token; the store only
 * sees a hash of it with the conversation's id, so one browser's participations in two
 * conversations cannot be linked from the database.
 */
export function participantKey(request: FastifyRequest, conversationSlug: string): string | null {
  const token = request.cookies[PARTICIPANT_COOKIE];
  return isWellFormedToken(token) ? tokenHash(`${token}:${conversationSlug}`) : null;
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
  return tokenHash(`${token}:${conversationSlug}`);
}
