import { Readable } from 'node:stream';
import { DomainError } from '../../../domain/errors.js';
import { exportFile, exportFiles, isExportFileName, zipExport } from '../../../infra/polis-export/index.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ExportFileParams, ExportFileResponse, ExportZipResponse } from '../../schemas/export.js';
import type { App, HttpDeps } from '../../types.js';
import { importRoute } from './import-route.js';
import { attachment, conversationUrl, prepareExport } from './prepare.js';

export function exportRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/conversations/:id/export',
    {
      schema: {
        tags: ['export'],
        summary: 'The conversation in the Pol.is export format polis-export/1, as a zip (staff always; anyone while results are public)',
        params: SlugParams,
        response: { 200: ExportZipResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const exp = await prepareExport(req, deps, req.params.id);
      const files = exportFiles(exp, { url: conversationUrl(req, exp.conversation) });
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(`${exp.conversation.slug}-polis-export.zip`))
        .header('cache-control', 'private, no-store')
        .send(Readable.from(zipExport(files, exp.exportedAt)));
    },
  );

  app.get(
    '/conversations/:id/export/:file',
    {
      schema: {
        tags: ['export'],
        summary: 'One file of the export: summary.csv, comments.csv, votes.csv, participant-votes.csv, comment-groups.csv or math.json',
        params: ExportFileParams,
        response: { 200: ExportFileResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const name = req.params.file;
      if (!isExportFileName(name)) throw new DomainError('not_found', `No export file "${name}"`);
      const exp = await prepareExport(req, deps, req.params.id);
      const file = exportFile(exp, name, { url: conversationUrl(req, exp.conversation) });
      if (!file) throw new DomainError('not_found', 'No math results yet: the math runs once votes arrive');
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(`${exp.conversation.slug}-${name}`))
        .header('cache-control', 'private, no-store')
        .send(Readable.from(file.chunks()));
    },
  );

  importRoute(app, deps);
}
