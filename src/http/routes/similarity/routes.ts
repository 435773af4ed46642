import { findSimilar } from '../../../app/similarity/find-similar.js';
import { currentUser } from '../../plugins/staff-session.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { SimilarListSchema, SimilarQuerySchema } from '../../schemas/similarity.js';
import type { App, HttpDeps } from '../../types.js';

export function similarityRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/similar',
    {
      schema: {
        tags: ['statements'],
        summary: 'The statements nearest in meaning to a text, across languages through translations',
        description: 'Participants see published statements; the conversation\'s moderators also pending ones.',
        params: SlugParams,
        querystring: SimilarQuerySchema,
        response: { 200: SimilarListSchema, ...errorResponses(400, 404) },
      },
    },
    async (req) =>
      findSimilar(deps, {
        slug: req.params.id,
        text: req.query.text,
        lang: req.query.lang,
        limit: req.query.limit === undefined ? undefined : Number(req.query.limit),
        viewer: await currentUser(req, deps),
      }),
  );
}
