import type { Static } from 'typebox';
import { addTranslation } from '../../../app/moderation/add-translation.js';
import { decideMany } from '../../../app/moderation/decide-many.js';
import { moderationQueue } from '../../../app/moderation/moderation-queue.js';
import { DomainError } from '../../../domain/errors.js';
import type { Decision } from '../../../domain/statement/moderation.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { presentStaffStatement } from '../../presenters/statement.js';
import { iso } from '../../presenters/time.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import {
  DecisionBodySchema,
  DecisionResultSchema,
  QueueQuerySchema,
  QueueSchema,
  StaffStatementSchema,
  TranslationBodySchema,
  TranslationParams,
} from '../../schemas/moderation.js';
import type { App, HttpDeps } from '../../types.js';
import { reviewRoutes } from './review-routes.js';

function toDecision(b: Static<typeof DecisionBodySchema>): Decision {
  if (b.action === 'publish' || b.action === 'undo') return { action: b.action };
  if (!b.reason) throw new DomainError('invalid_reason', b.action === 'withdraw' ? 'Withdrawing needs a reason' : 'Rejecting needs a reason');
  return { action: b.action, reason: b.reason, duplicateOf: b.duplicateOf ?? null, note: b.note ?? null };
}

export function moderationRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/moderation/queue',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'Pending statements, oldest first, with their age in working hours and due time',
        params: SlugParams,
        querystring: QueueQuerySchema,
        response: { 200: QueueSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const items = await moderationQueue(deps, { slug: req.params.id, actor: guardedUser(req), flaggedFirst: req.query.sort === 'flagged' });
      return {
        items: items.map((i) => ({
          ...i,
          statement: presentStaffStatement(i.statement),
          authorParticipantId: i.statement.authorParticipantId,
          dueAt: iso(i.dueAt),
          nearest: [...i.nearest],
          flags: i.flags.map((f) => ({ ...f })),
        })),
      };
    },
  );

  app.post(
    '/conversations/:id/moderation/decisions',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary:
          'Publish, reject, withdraw or undo the decision on one or several statements (all or none); publishing one may correct its wording',
        params: SlugParams,
        body: DecisionBodySchema,
        response: { 200: DecisionResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const b = req.body;
      const statements = await decideMany(deps, {
        slug: req.params.id,
        statementIds: b.statementIds,
        decision: toDecision(b),
        correctedText: b.text ?? null,
        actor: guardedUser(req),
      });
      return { statements: statements.map(presentStaffStatement) };
    },
  );

  app.put(
    '/conversations/:id/statements/:sid/translations/:lang',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['moderation'],
        summary: 'Add or correct a reviewed translation of a statement',
        params: TranslationParams,
        body: TranslationBodySchema,
        response: { 200: StaffStatementSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const s = await addTranslation(deps, { slug: req.params.id, statementId: req.params.sid, lang: req.params.lang, text: req.body.text, actor: guardedUser(req) });
      return presentStaffStatement(s);
    },
  );

  reviewRoutes(app, deps);
}
