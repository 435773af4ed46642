import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { presentConversation } from '../../presenters/conversation.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ConversationListSchema, ConversationSchema } from '../../schemas/conversation.js';
import type { App, HttpDeps } from '../../types.js';

export function conversationRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Public conversations with their texts per language, phase and dates',
        response: { 200: ConversationListSchema },
      },
    },
    async () => {
      const now = deps.clock.now();
      const all = await deps.store.conversations.list();
      return { conversations: all.filter((c) => c.schedule.opensAt !== null).map((c) => presentConversation(c, now)) };
    },
  );

  app.get(
    '/conversations/:id',
    {
      schema: {
        tags: ['conversations'],
        summary: 'One conversation: texts, rules, schedule, phase and the settings a participant needs',
        params: SlugParams,
        response: { 200: ConversationSchema, ...errorResponses(404) },
      },
    },
    async (req) => presentConversation(await requireConversation(deps.store, req.params.id), deps.clock.now()),
  );
}
