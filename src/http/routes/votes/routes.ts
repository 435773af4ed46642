import { Type } from 'typebox';
import { castVote } from '../../../app/votes/cast-vote.js';
import { myVotes } from '../../../app/votes/my-votes.js';
import { nextStatement, nextStatementFor, type NextStatement } from '../../../app/votes/next-statement.js';
import { ensureParticipantKey, participantKey } from '../../plugins/participant-cookie.js';
import { presentStatement, presentVote } from '../../presenters/statement.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { NextStatementSchema } from '../../schemas/statement.js';
import { CastVoteResponseSchema, MyVotesSchema, NewVoteSchema } from '../../schemas/vote.js';
import type { App, HttpDeps } from '../../types.js';

const presentNext = (n: NextStatement | null) => (n ? { statement: presentStatement(n.statement), progress: n.progress } : null);

export function voteRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/next',
    {
      schema: {
        tags: ['voting'],
        summary: 'The next statement for me, by the routing rule; 204 when none is left',
        params: SlugParams,
        response: { 200: NextStatementSchema, 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (req, reply) => {
      const next = await nextStatement(deps, { slug: req.params.id, participantKey: participantKey(req, req.params.id) });
      if (!next) return reply.status(204).send(null);
      return presentNext(next)!;
    },
  );

  app.post(
    '/conversations/:id/votes',
    {
      config: { fieldErrorCodes: { '/value': 'invalid_vote' } },
      schema: {
        tags: ['voting'],
        summary: 'Vote agree, disagree or pass; answers with the stored vote and the next statement',
        description: 'The latest vote on a statement counts and every vote stays in the history. A repeated requestId is not a second vote.',
        params: SlugParams,
        body: NewVoteSchema,
        response: { 200: CastVoteResponseSchema, 201: CastVoteResponseSchema, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const key = ensureParticipantKey(req, reply, req.params.id);
      const result = await castVote(deps, {
        slug: req.params.id,
        participantKey: key,
        statementId: req.body.statementId,
        value: req.body.value,
        requestId: req.body.requestId ?? null,
      });
      const next = await nextStatementFor(deps, result.conversation, result.participant.id);
      return reply.status(result.replayed ? 200 : 201).send({ vote: presentVote(result.vote), next: presentNext(next) });
    },
  );

  app.get(
    '/conversations/:id/votes/mine',
    {
      schema: {
        tags: ['voting'],
        summary: 'My latest votes in this conversation',
        params: SlugParams,
        response: { 200: MyVotesSchema, ...errorResponses(404) },
      },
    },
    async (req) => {
      const votes = await myVotes(deps, { slug: req.params.id, participantKey: participantKey(req, req.params.id) });
      return { votes: votes.map(presentVote) };
    },
  );
}
