import { getReport } from '../../../app/report/get-report.js';
import { currentUser } from '../../plugins/staff-session.js';
import { presentReport } from '../../presenters/report.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ReportSchema } from '../../schemas/report.js';
import type { App, HttpDeps } from '../../types.js';

export function reportRoute(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/report',
    {
      schema: {
        tags: ['results'],
        summary: 'The public report: headline figures, participation per day, groups, consensus, divisive and uncertain statements, every statement per group and segment, moderation service level',
        description: 'Visible when the conversation\'s results are (to staff always). Without math yet, the math sections are empty and `snapshot` is null.',
        params: SlugParams,
        response: { 200: ReportSchema, ...errorResponses(403, 404) },
      },
    },
    async (req) => presentReport(await getReport(deps, { slug: req.params.id, viewer: await currentUser(req, deps) })),
  );
}
