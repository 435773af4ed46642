import { Type } from 'typebox';
import { auditLog } from '../../../app/audit/audit-log.js';
import { banParticipant } from '../../../app/moderation/ban-participant.js';
import { decidedStatements } from '../../../app/moderation/decided-statements.js';
import { moderationStats } from '../../../app/moderation/moderation-stats.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { presentStaffStatement } from '../../presenters/statement.js';
import { iso } from '../../presenters/time.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { AuditQuerySchema, AuditSchema, BanBodySchema, BanParams, DecidedQuerySchema, DecisionResultSchema } from '../../schemas/moderation.js';
import { ModerationStatsSchema } from '../../schemas/staff.js';
import type { App, HttpDeps } from '../../types.js';

/** Looking back at moderation: decided statements, the service level, the audit log; and bans. */
export function reviewRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/moderation/decided',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'Decided statements, the newest decision first (to undo a decision or withdraw a statement)',
        params: SlugParams,
        querystring: DecidedQuerySchema,
        response: { 200: DecisionResultSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const statuses = req.query.status ? [req.query.status] : (['published', 'rejected', 'withdrawn'] as const);
      const statements = await decidedStatements(deps, { slug: req.params.id, statuses: [...statuses], actor: guardedUser(req) });
      return { statements: statements.map((s) => ({ ...presentStaffStatement(s), decidedBy: s.decidedBy, decidedByName: s.decidedByName })) };
    },
  );

  app.get(
    '/conversations/:id/moderation/stats',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'Queue, overdue, share decided within 24 weekday hours and median time to decision, in all and per moderator',
        params: SlugParams,
        response: { 200: ModerationStatsSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => moderationStats(deps, { slug: req.params.id, actor: guardedUser(req) }),
  );

  app.post(
    '/conversations/:id/participants/:pid/ban',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'Ban a participant: their votes leave the math, they can no longer vote or write, and their pending statements are rejected',
        params: BanParams,
        body: BanBodySchema,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
      // The body is optional: a ban without a reason may come with none.
      preValidation: async (req) => {
        req.body ??= {};
      },
    },
    async (req, reply) => {
      await banParticipant(deps, { slug: req.params.id, participantId: req.params.pid, reason: req.body.reason ?? null, actor: guardedUser(req) });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/conversations/:id/audit',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'The audit log, newest first and in pages: every moderation and settings action with who, when and what',
        params: SlugParams,
        querystring: AuditQuerySchema,
        response: { 200: AuditSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { limit, before } = req.query;
      const page = await auditLog(deps, {
        slug: req.params.id,
        actor: guardedUser(req),
        limit: limit === undefined ? undefined : Number(limit),
        before: before === undefined ? null : Number(before),
      });
      return {
        entries: page.entries.map((e) => ({
          id: e.id,
          at: iso(e.createdAt),
          actorUserId: e.actorUserId,
          actorName: e.actorName,
          action: e.action,
          statementId: e.statementId,
          // The statement as it reads now, so that a reader of the log sees what was decided on.
          statementText: e.statementText,
          oldText: e.oldText,
          newText: e.newText,
          details: e.details,
        })),
        nextBefore: page.nextBefore,
      };
    },
  );
}
