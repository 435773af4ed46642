import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireConversation } from '../../app/conversations/require-conversation.js';
import { MODERATORS, ORGANIZERS, requireOrganizerSomewhere, requireStaffRole } from '../../app/policies.js';
import type { User } from '../../app/ports.js';
import { userForSession } from '../../app/session/log-in.js';
import { SESSION_LIFETIME_MS } from '../../app/session/log-in.js';
import { DomainError } from '../../domain/errors.js';
import { isWellFormedToken, newToken, tokenHash } from '../../infra/auth/tokens.js';
import type { HttpDeps } from '../types.js';
import { PARTICIPANT_COOKIE } from './participant-cookie.js';

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
export function issueSessionCookie(req: FastifyRequest, reply: FastifyReply, token = newToken()): { token: string; id: string } {
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

/** Refuses a request whose Origin is another site's. */
export function assertSameOrigin(req: FastifyRequest): void {
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
}

/**
 * For state-changing staff requests: refuses a request from another site (its Origin is not ours)
 * or without the session's CSRF token.
 */
export function assertSameSite(req: FastifyRequest): void {
  assertSameOrigin(req);
  const token = sessionToken(req);
  const sent = req.headers[CSRF_HEADER];
  if (token && sent !== csrfTokenFor(token)) throw new DomainError('csrf_failed', 'Missing or wrong CSRF token');
}

/**
 * The logged-in staff user, or null. A browser that shows only a participant cookie is a known
 * participant, not an unknown visitor: it is refused (403) rather than asked to log in (401).
 */
export async function staffUser(req: FastifyRequest, deps: HttpDeps): Promise<User | null> {
  const user = await currentUser(req, deps);
  if (!user && req.cookies[PARTICIPANT_COOKIE] !== undefined) {
    throw new DomainError('forbidden', 'Participants have no staff rights');
  }
  return user;
}

/**
 * Who may call a staff route, declared in its schema as `x-staff-role` (and so in the OpenAPI
 * document): `moderator` or `organizer` of the conversation in the path, `organizer-any` (an
 * organizer of some conversation, for creating new ones), or `staff` (any logged-in staff user; the
 * use case decides the rest).
 */
export type StaffAccess = 'moderator' | 'organizer' | 'organizer-any' | 'staff';

/** The schema keys that mark a route as staff-only, for the route's `schema`. */
export const staffOnly = (access: StaffAccess) => ({ 'x-staff-role': access });

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const checked = new WeakMap<FastifyRequest, User>();

/** The user the staff guard let through for this request. */
export function guardedUser(req: FastifyRequest): User {
  const user = checked.get(req);
  if (!user) throw new Error('route is not marked staff-only');
  return user;
}

/**
 * Checks every staff route before its body is read or validated: logged in (401, or 403 for a
 * participant), same-site with the CSRF token for changes, one-time password changed, and the role
 * in the conversation named in the path. Use cases check the role again; this makes sure that no
 * staff route can be reached, or its input probed, without one.
 */
export function registerStaffGuard(app: FastifyInstance, deps: HttpDeps) {
  app.addHook('onRequest', async (req) => {
    const access = (req.routeOptions.schema as Record<string, unknown> | undefined)?.['x-staff-role'] as StaffAccess | undefined;
    if (!access) return;
    const user = await staffUser(req, deps);
    if (!user) throw new DomainError('not_authenticated', 'Log in first');
    if (!SAFE_METHODS.has(req.method)) {
      assertSameSite(req);
      if (user.mustChangePassword) throw new DomainError('password_change_required', 'Change the one-time password first');
    }
    if (access === 'organizer-any') await requireOrganizerSomewhere(deps.store, user);
    if (access === 'moderator' || access === 'organizer') {
      const slug = (req.params as { id?: string }).id ?? '';
      const conversation = await requireConversation(deps.store, slug);
      await requireStaffRole(deps.store, user, conversation, access === 'organizer' ? ORGANIZERS : MODERATORS);
    }
    checked.set(req, user);
  });
}
