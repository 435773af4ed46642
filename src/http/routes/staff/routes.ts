import type { Static } from 'typebox';
import { createConversation } from '../../../app/conversations/create-conversation.js';
import { staffConversations } from '../../../app/conversations/staff-conversations.js';
import { updateConversation } from '../../../app/conversations/update-conversation.js';
import { dashboard } from '../../../app/dashboard/dashboard.js';
import { addSeedStatementsAsOrganizer } from '../../../app/statements/add-seed-statements.js';
import type { Schedule } from '../../../domain/conversation/schedule.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { presentConversation } from '../../presenters/conversation.js';
import { presentStaffStatement } from '../../presenters/statement.js';
import { iso } from '../../presenters/time.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ConversationSchema } from '../../schemas/conversation.js';
import {
  ConversationPatchSchema,
  DashboardSchema,
  NewConversationSchema,
  SeedStatementsBodySchema,
  SeedStatementsResultSchema,
  StaffConversationListSchema,
} from '../../schemas/staff.js';
import type { App, HttpDeps } from '../../types.js';

type ScheduleBody = NonNullable<Static<typeof NewConversationSchema>['schedule']>;

const toSchedule = (s: ScheduleBody | undefined): Schedule => {
  const ms = (v: string | null | undefined) => (v ? Date.parse(v) : null);
  return { opensAt: ms(s?.opensAt), statementsCloseAt: ms(s?.statementsCloseAt), closesAt: ms(s?.closesAt) };
};

/** The organizer's tools: the list of one's conversations, creating and editing one, seeds, the dashboard. */
export function staffRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/staff/conversations',
    {
      schema: {
        ...staffOnly('staff'),
        tags: ['staff'],
        summary: 'Every conversation I have a role in (drafts and closed ones too), with its queue',
        response: { 200: StaffConversationListSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      const now = deps.clock.now();
      const items = await staffConversations(deps, guardedUser(req));
      return { conversations: items.map((i) => ({ ...i, conversation: presentConversation(i.conversation, now) })) };
    },
  );

  app.post(
    '/conversations',
    {
      schema: {
        ...staffOnly('organizer-any'),
        tags: ['staff'],
        summary: 'Create a conversation; its creator becomes its organizer (administrators and organizers)',
        body: NewConversationSchema,
        response: { 201: ConversationSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const conversation = await createConversation(deps, {
        slug: b.slug,
        languages: b.languages,
        texts: b.texts,
        schedule: toSchedule(b.schedule),
        settings: b.settings,
        creatorUserId: guardedUser(req).id,
      });
      reply.status(201).header('location', `/api/v1/conversations/${conversation.slug}`);
      return presentConversation(conversation, deps.clock.now());
    },
  );

  app.patch(
    '/conversations/:id',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: 'Edit texts, languages, schedule or settings, or close and re-open (organizers); logged',
        params: SlugParams,
        body: ConversationPatchSchema,
        response: { 200: ConversationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const b = req.body;
      const conversation = await updateConversation(deps, {
        slug: req.params.id,
        changes: { ...b, schedule: b.schedule ? toSchedule(b.schedule) : undefined },
        actor: guardedUser(req),
      });
      return presentConversation(conversation, deps.clock.now());
    },
  );

  app.post(
    '/conversations/:id/seed-statements',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: 'Add seed statements in bulk, with translations: published at once, all or none (organizers)',
        params: SlugParams,
        body: SeedStatementsBodySchema,
        response: { 201: SeedStatementsResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const created = await addSeedStatementsAsOrganizer(deps, { slug: req.params.id, seeds: req.body.statements, actor: guardedUser(req) });
      reply.status(201);
      return { statements: created.map(presentStaffStatement) };
    },
  );

  app.get(
    '/conversations/:id/dashboard',
    {
      schema: {
        ...staffOnly('moderator'),
        tags: ['staff'],
        summary: 'Participants, votes, statements by status and rejection reason, votes per Helsinki day, the math and the service level',
        params: SlugParams,
        response: { 200: DashboardSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const d = await dashboard(deps, { slug: req.params.id, actor: guardedUser(req) });
      return { ...d, math: d.math ? { ...d.math, computedAt: iso(d.math.computedAt) } : null };
    },
  );
}
