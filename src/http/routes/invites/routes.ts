import { acceptInvite } from '../../../app/invites/accept-invite.js';
import { createInvite } from '../../../app/invites/create-invite.js';
import { findOpenInvite } from '../../../app/invites/find-invite.js';
import { DomainError } from '../../../domain/errors.js';
import { isWellFormedToken, newToken, tokenHash } from '../../../infra/auth/tokens.js';
import { assertSameOrigin, guardedUser, issueSessionCookie, staffOnly } from '../../plugins/staff-session.js';
import { iso } from '../../presenters/time.js';
import { errorResponses } from '../../schemas/common.js';
import { AcceptInviteSchema, AcceptedInviteSchema, InviteCreatedSchema, InviteInfoSchema, InviteParams, NewInviteSchema } from '../../schemas/invite.js';
import type { App, HttpDeps } from '../../types.js';
import { presentSession } from '../session/routes.js';

/** The hash an invite is stored under; a token that cannot be one is simply not found. */
function inviteHash(token: string): string {
  if (!isWellFormedToken(token)) throw new DomainError('invite_not_found', 'No such invite');
  return tokenHash(token);
}

export function inviteRoutes(app: App, deps: HttpDeps) {
  app.post(
    '/invites',
    {
      schema: {
        ...staffOnly('staff'),
        tags: ['staff'],
        summary: 'Invite a moderator or organizer to a conversation (its organizers); the link works for 7 days',
        body: NewInviteSchema,
        response: { 201: InviteCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const token = newToken();
      const invite = await createInvite(deps, {
        slug: req.body.conversationId,
        email: req.body.email,
        role: req.body.role,
        tokenHash: tokenHash(token),
        actor: guardedUser(req),
      });
      reply.status(201);
      return { token, path: `/fi/staff/invite/${token}`, expiresAt: iso(invite.expiresAt) };
    },
  );

  app.get(
    '/invites/:token',
    {
      schema: {
        tags: ['staff'],
        summary: 'What an invite is for, before accepting it',
        params: InviteParams,
        response: { 200: InviteInfoSchema, ...errorResponses(404, 409, 410) },
      },
    },
    async (req, reply) => {
      const { invite, conversation, accountExists } = await findOpenInvite(deps, deps.store, inviteHash(req.params.token));
      reply.header('cache-control', 'no-store');
      return {
        email: invite.email,
        role: invite.role,
        conversation: {
          id: conversation.slug,
          texts: Object.fromEntries(Object.entries(conversation.texts).map(([lang, t]) => [lang, { title: t!.title }])),
        },
        expiresAt: iso(invite.expiresAt),
        accountExists,
      };
    },
  );

  app.post(
    '/invites/:token/accept',
    {
      schema: {
        tags: ['staff'],
        summary: 'Accept an invite with a name and password (or the existing account\'s password); logs in',
        params: InviteParams,
        body: AcceptInviteSchema,
        response: { 200: AcceptedInviteSchema, ...errorResponses(400, 401, 403, 404, 409, 410) },
      },
    },
    async (req, reply) => {
      // Nobody is logged in yet, so there is no CSRF token; a page on another site is still refused.
      assertSameOrigin(req);
      const hash = inviteHash(req.params.token);
      const token = newToken();
      const { user } = await acceptInvite(deps, {
        tokenHash: hash,
        displayName: req.body.displayName,
        password: req.body.password,
        sessionTokenHash: tokenHash(token),
      });
      issueSessionCookie(req, reply, token);
      return presentSession(deps, user, token);
    },
  );
}
