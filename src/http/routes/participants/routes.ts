import { Type } from 'typebox';
import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { eraseMyData } from '../../../app/participants/erase-my-data.js';
import { participantFor } from '../../../app/participants/join-conversation.js';
import { setSegment } from '../../../app/participants/set-segment.js';
import { ensureParticipantKey, participantKey } from '../../plugins/participant-cookie.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ParticipantSchema, SegmentBodySchema } from '../../schemas/participant.js';
import type { App, HttpDeps } from '../../types.js';

export function participantRoutes(app: App, deps: HttpDeps) {
  app.post(
    '/conversations/:id/participants',
    {
      schema: {
        tags: ['participants'],
        summary: 'Join anonymously: sets the participant cookie; a returning browser gets its participant back',
        params: SlugParams,
        response: { 200: ParticipantSchema, ...errorResponses(404) },
      },
    },
    async (req, reply) => {
      const conversation = await requireConversation(deps.store, req.params.id);
      const key = ensureParticipantKey(req, reply, req.params.id);
      const p = await participantFor(deps, conversation, key);
      return { participant: { id: p.id, segment: p.segment } };
    },
  );

  app.put(
    '/conversations/:id/participants/me/segment',
    {
      config: { fieldErrorCodes: { '/segment': 'invalid_segment' } },
      schema: {
        tags: ['participants'],
        summary: 'My answer to the segment question, or null for none',
        params: SlugParams,
        body: SegmentBodySchema,
        response: { 200: ParticipantSchema, ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const key = ensureParticipantKey(req, reply, req.params.id);
      const p = await setSegment(deps, { slug: req.params.id, participantKey: key, segment: req.body.segment });
      return { participant: { id: p.id, segment: p.segment } };
    },
  );

  app.delete(
    '/conversations/:id/participants/me',
    {
      schema: {
        tags: ['participants'],
        summary: 'Delete my votes and statements in this conversation',
        params: SlugParams,
        response: { 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (req, reply) => {
      await eraseMyData(deps, { slug: req.params.id, participantKey: participantKey(req, req.params.id) });
      return reply.status(204).send(null);
    },
  );
}
