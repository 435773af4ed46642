import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../../app/ports.js';
import { userForSession } from '../../app/session/log-in.js';
import { SESSION_LIFETIME_MS } from '../../app/session/log-in.js';
import { DomainError } from '../../domain/errors.js';
import { isWellFormedToken, newToken, tokenHash } from '../../infra/auth/tokens.js';
import type { HttpDeps } from '../types.js';

export const SESSION_COOKIE = 'sopu_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The token a staff page sends back in `X-CSRF-Token` on every change. It is derived from the
 * session token, which only the browser holds (HttpOnly), and handed out by `GET /session`: a page
 * on another site can neither read it nor make the browser add it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return tokenHash(`${sessionToken}:csrf`);
}

function sessionToken(req: FastifyRequest): string | null {
  const token = req.cookies[SESSION_COOKIE];
  return isWellFormedToken(token) ? token : null;
}

/** Opens a browser session: a fresh token in a strict cookie; the store keeps its hash. */
export function issueSessionCookie(req: FastifyRequest, reply: FastifyReply): { token: string; id: string } {
  const token = newToken();
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
  return { token, id: tokenHash(token) };
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function sessionIdOf(req: FastifyRequest): string | null {
  const token = sessionToken(req);
  return token ? tokenHash(token) : null;
}

export async function currentUser(req: FastifyRequest, deps: HttpDeps): Promise<User | null> {
  return userForSession(deps, sessionIdOf(req));
}

/**
 * For state-changing staff requests: refuses a request from another site (its Origin is not ours)
 * or without the session's CSRF token.
 */
export function assertSameSite(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.host) throw new DomainError('csrf_failed', 'Cross-site request refused');
  }
  const token = sessionToken(req);
  const sent = req.headers[CSRF_HEADER];
  if (token && sent !== csrfTokenFor(token)) throw new DomainError('csrf_failed', 'Missing or wrong CSRF token');
}

/** The logged-in staff user for a change: same-site, CSRF-checked, password no longer one-time. */
export async function staffForChange(req: FastifyRequest, deps: HttpDeps): Promise<User | null> {
  const user = await currentUser(req, deps);
  if (!user) return null;
  assertSameSite(req);
  if (user.mustChangePassword) throw new DomainError('password_change_required', 'Change the one-time password first');
  return user;
}
