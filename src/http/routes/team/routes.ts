import { Type } from 'typebox';
import { revokeInvite } from '../../../app/invites/revoke-invite.js';
import { conversationTeam } from '../../../app/team/conversation-team.js';
import { removeMember } from '../../../app/team/remove-member.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { iso } from '../../presenters/time.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { TeamInviteParams, TeamMemberParams, TeamSchema } from '../../schemas/team.js';
import type { App, HttpDeps } from '../../types.js';

/** Who works on a conversation, and taking rights away: its organizers only. */
export function teamRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/team',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: 'The people with a role in the conversation and its unused invites (organizers)',
        params: SlugParams,
        response: { 200: TeamSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const team = await conversationTeam(deps, { slug: req.params.id, actor: guardedUser(req) });
      reply.header('cache-control', 'no-store');
      return {
        members: team.members,
        invites: team.invites.map((i) => ({ ...i, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt) })),
      };
    },
  );

  app.delete(
    '/conversations/:id/team/:userId',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: "Remove a person's role in the conversation; never its last organizer (organizers)",
        params: TeamMemberParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await removeMember(deps, { slug: req.params.id, userId: req.params.userId, actor: guardedUser(req) });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/conversations/:id/invites/:inviteId',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: 'Revoke an invite nobody has accepted; its link stops working (organizers)',
        params: TeamInviteParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await revokeInvite(deps, { slug: req.params.id, inviteId: req.params.inviteId, actor: guardedUser(req) });
      return reply.status(204).send(null);
    },
  );
}
