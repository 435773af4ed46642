import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { submitStatement } from '../../../app/statements/submit-statement.js';
import { ensureParticipantKey } from '../../plugins/participant-cookie.js';
import { presentStatement } from '../../presenters/statement.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { NewStatementSchema, StatementListSchema, SubmittedStatementSchema } from '../../schemas/statement.js';
import type { App, HttpDeps } from '../../types.js';

export function statementRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/statements',
    {
      schema: {
        tags: ['statements'],
        summary: 'Published statements with their translations and tallies of latest votes',
        params: SlugParams,
        response: { 200: StatementListSchema, ...errorResponses(404) },
      },
    },
    async (req) => {
      const conversation = await requireConversation(deps.store, req.params.id);
      const statements = await deps.store.statements.listWithTallies(conversation.id, ['published']);
      return { statements: statements.map((s) => ({ ...presentStatement(s), tally: s.tally })) };
    },
  );

  app.post(
    '/conversations/:id/statements',
    {
      schema: {
        tags: ['statements'],
        summary: 'Write a statement: pending until a moderator publishes it (or, under post-moderation, published at once unless the pre-screen flags it)',
        description: 'An exact duplicate of a statement already in the conversation is refused with 409 duplicate_statement and its statementId.',
        params: SlugParams,
        body: NewStatementSchema,
        response: { 201: SubmittedStatementSchema, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const key = ensureParticipantKey(req, reply, req.params.id);
      const statement = await submitStatement(deps, { slug: req.params.id, participantKey: key, text: req.body.text, lang: req.body.lang });
      const status = statement.status === 'published' ? 'published' : 'pending';
      return reply.status(201).send({ statement: { ...presentStatement(statement), status } });
    },
  );
}
