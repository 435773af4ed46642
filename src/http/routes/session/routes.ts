import { Type } from 'typebox';
import { staffRoles } from '../../../app/policies.js';
import type { User } from '../../../app/ports.js';
import { changePassword } from '../../../app/session/change-password.js';
import { logIn } from '../../../app/session/log-in.js';
import { DomainError } from '../../../domain/errors.js';
import {
  assertSameOrigin,
  assertSameSite,
  clearSessionCookie,
  csrfTokenFor,
  currentUser,
  issueSessionCookie,
  sessionIdOf,
} from '../../plugins/staff-session.js';
import { newToken, tokenHash } from '../../../infra/auth/tokens.js';
import { errorResponses } from '../../schemas/common.js';
import { LoginSchema, PasswordChangeSchema, SessionSchema } from '../../schemas/session.js';
import type { App, HttpDeps } from '../../types.js';

const presentUser = (u: User) => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  isAdmin: u.isAdmin,
  mustChangePassword: u.mustChangePassword,
});

/** What a staff page learns about its session: who, the CSRF token, and where one has a role. */
export async function presentSession(deps: HttpDeps, user: User, sessionToken: string) {
  const roles = await staffRoles(deps.store, user);
  return {
    user: presentUser(user),
    csrfToken: csrfTokenFor(sessionToken),
    conversations: roles.map((r) => ({ id: r.conversation.slug, role: r.role })),
  };
}

export function sessionRoutes(app: App, deps: HttpDeps) {
  app.post(
    '/session',
    {
      schema: {
        tags: ['staff'],
        summary: 'Log in as an organizer or moderator',
        body: LoginSchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      // A leftover cookie (a failed attempt, an ended session) must not stand in the way of logging
      // in again, so only the origin is checked; the cookie is set once the password is right.
      assertSameOrigin(req);
      const token = newToken();
      const { user } = await logIn(deps, { email: req.body.email, password: req.body.password, sessionTokenHash: tokenHash(token) });
      issueSessionCookie(req, reply, token);
      return presentSession(deps, user, token);
    },
  );

  app.get(
    '/session',
    {
      schema: { tags: ['staff'], summary: 'Who am I, the CSRF token for changes, and my conversations', response: { 200: SessionSchema, ...errorResponses(401) } },
    },
    async (req) => {
      const user = await currentUser(req, deps);
      if (!user) throw new DomainError('not_authenticated', 'Not logged in');
      return presentSession(deps, user, req.cookies.sopu_session!);
    },
  );

  app.delete(
    '/session',
    { schema: { tags: ['staff'], summary: 'Log out', response: { 204: Type.Null(), ...errorResponses(403) } } },
    async (req, reply) => {
      assertSameSite(req);
      const id = sessionIdOf(req);
      if (id) await deps.store.sessions.delete(id);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/session/password',
    {
      schema: {
        tags: ['staff'],
        summary: 'Change my password (required after a one-time password); ends my other sessions',
        body: PasswordChangeSchema,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const user = await currentUser(req, deps);
      if (user) assertSameSite(req);
      await changePassword(deps, { user, sessionId: sessionIdOf(req), currentPassword: req.body.currentPassword, newPassword: req.body.newPassword });
      return reply.status(204).send(null);
    },
  );
}
