import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { addTranslation } from '../../../app/moderation/add-translation.js';
import { decideMany } from '../../../app/moderation/decide-many.js';
import { moderationQueue } from '../../../app/moderation/moderation-queue.js';
import { MODERATORS, requireStaffRole } from '../../../app/policies.js';
import { DomainError } from '../../../domain/errors.js';
import type { Decision } from '../../../domain/statement/moderation.js';
import { currentUser, staffForChange } from '../../plugins/staff-session.js';
import { presentStaffStatement } from '../../presenters/statement.js';
import { iso } from '../../presenters/time.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import {
  AuditSchema,
  DecisionBodySchema,
  DecisionResultSchema,
  QueueQuerySchema,
  QueueSchema,
  TranslationBodySchema,
  TranslationParams,
} from '../../schemas/moderation.js';
import { StaffStatementSchema } from '../../schemas/moderation.js';
import type { App, HttpDeps } from '../../types.js';

export function moderationRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/moderation/queue',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Pending statements, oldest first, with their age in working hours and due time',
        params: SlugParams,
        querystring: QueueQuerySchema,
        response: { 200: QueueSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const items = await moderationQueue(deps, {
        slug: req.params.id,
        actor: await currentUser(req, deps),
        flaggedFirst: req.query.sort === 'flagged',
      });
      return {
        items: items.map((i) => ({ ...i, statement: presentStaffStatement(i.statement), dueAt: iso(i.dueAt), nearest: [...i.nearest], flags: i.flags.map((f) => ({ ...f })) })),
      };
    },
  );

  app.post(
    '/conversations/:id/moderation/decisions',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Publish or reject one or several statements (all or none); publishing one may correct its wording',
        params: SlugParams,
        body: DecisionBodySchema,
        response: { 200: DecisionResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = await staffForChange(req, deps);
      const b = req.body;
      let decision: Decision;
      if (b.action === 'publish') decision = { action: 'publish' };
      else {
        if (!b.reason) throw new DomainError('invalid_reason', 'Rejecting needs a reason');
        decision = { action: 'reject', reason: b.reason, duplicateOf: b.duplicateOf ?? null, note: b.note ?? null };
      }
      const statements = await decideMany(deps, { slug: req.params.id, statementIds: b.statementIds, decision, correctedText: b.text ?? null, actor });
      return { statements: statements.map(presentStaffStatement) };
    },
  );

  app.put(
    '/conversations/:id/statements/:sid/translations/:lang',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Add or correct a reviewed translation of a statement',
        params: TranslationParams,
        body: TranslationBodySchema,
        response: { 200: StaffStatementSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const actor = await staffForChange(req, deps);
      const s = await addTranslation(deps, { slug: req.params.id, statementId: req.params.sid, lang: req.params.lang, text: req.body.text, actor });
      return presentStaffStatement(s);
    },
  );

  app.get(
    '/conversations/:id/audit',
    {
      schema: {
        tags: ['moderation'],
        summary: 'The audit log: every moderation action with who, when and what',
        params: SlugParams,
        response: { 200: AuditSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const conversation = await requireConversation(deps.store, req.params.id);
      await requireStaffRole(deps.store, await currentUser(req, deps), conversation, MODERATORS);
      const entries = await deps.store.audit.list(conversation.id);
      return {
        entries: entries.map((e) => ({
          at: iso(e.createdAt),
          actorUserId: e.actorUserId,
          action: e.action,
          statementId: e.statementId,
          oldText: e.oldText,
          newText: e.newText,
          details: e.details,
        })),
      };
    },
  );
}
