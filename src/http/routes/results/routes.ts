import { Type } from 'typebox';
import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { getResults } from '../../../app/results/get-results.js';
import { groupTalliesOf } from '../../../app/results/group-tallies.js';
import { viewerResults } from '../../../app/results/viewer-results.js';
import { participantKey } from '../../plugins/participant-cookie.js';
import { currentUser } from '../../plugins/staff-session.js';
import { presentResults, presentViewerResults } from '../../presenters/results.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { NoResultsSchema, ResultsSchema, ViewerResultsSchema } from '../../schemas/results.js';
import { eventsRoute } from './events-route.js';
import { reportRoute } from './report-route.js';
import type { App, HttpDeps } from '../../types.js';

export function resultsRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/results',
    {
      schema: {
        tags: ['results'],
        summary: 'The latest math result: opinion groups, representative statements, consensus, divisive statements, tallies',
        params: SlugParams,
        response: { 200: Type.Union([ResultsSchema, NoResultsSchema]), ...errorResponses(403, 404) },
      },
    },
    async (req) => {
      const { snapshot } = await getResults(deps, { slug: req.params.id, viewer: await currentUser(req, deps) });
      if (!snapshot) return { version: null, message: 'No results yet: the math runs once votes arrive' };
      return presentResults(snapshot, await groupTalliesOf(deps, snapshot));
    },
  );

  app.get(
    '/conversations/:id/results/me',
    {
      schema: {
        tags: ['results'],
        summary: 'Where I stand: my position on the opinion map, the group I am closest to and why',
        description:
          'For the participant of the cookie. `more_votes_needed` until they have voted on enough statements in the math; ' +
          'then `placed` with the statements on which they voted like the group. Visible when the results are.',
        params: SlugParams,
        response: { 200: ViewerResultsSchema, ...errorResponses(403, 404) },
      },
    },
    async (req, reply) => {
      const viewer = await currentUser(req, deps);
      const result = await viewerResults(deps, { slug: req.params.id, viewer, participantKey: participantKey(req, req.params.id) });
      reply.header('cache-control', 'private, no-store');
      return presentViewerResults(result);
    },
  );

  reportRoute(app, deps);

  eventsRoute(app, deps);
}
