import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { requireImporter } from '../../../app/export/require-importer.js';
import type { User } from '../../../app/ports.js';
import { DomainError } from '../../../domain/errors.js';
import { importPolisZip } from '../../../infra/polis-import/import-polis-zip.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { presentConversation } from '../../presenters/conversation.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import { ImportQuery, ImportResultSchema } from '../../schemas/export.js';
import type { App, HttpDeps } from '../../types.js';

/** The largest zip an upload may be; bigger conversations go through `sopu import-polis`. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** The user an import request was authorised for, checked before its body is read. */
const importers = new WeakMap<FastifyRequest, User>();

export function importRoute(app: App, deps: HttpDeps) {
  // Its own scope, so that only this route reads zip bodies, and large ones.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/zip', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/conversations/:id/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          ...staffOnly('organizer-any'),
          tags: ['export'],
          summary: 'Import a Pol.is export zip (application/zip body) as a new closed conversation at this address; organizers and administrators',
          params: SlugParams,
          querystring: ImportQuery,
          response: { 201: ImportResultSchema, ...errorResponses(400, 401, 403, 409, 413, 415) },
        },
        // Refused before a large body is read.
        onRequest: async (req) => {
          importers.set(req, await requireImporter(deps.store, guardedUser(req)));
          if (req.headers['content-type']?.split(';')[0]!.trim().toLowerCase() !== 'application/zip') {
            throw new DomainError('unsupported_media_type', 'Send the Pol.is export zip as application/zip');
          }
        },
      },
      async (req, reply) => {
        const body = req.body as Buffer;
        const summary = await importPolisZip(deps, new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
          slug: req.params.id,
          lang: req.query.lang,
          title: req.query.title,
          strict: req.query.strict === 'true',
          organizerUserId: importers.get(req)!.id,
        });
        reply.status(201).header('location', `/api/v1/conversations/${summary.conversation.slug}`);
        return {
          conversation: presentConversation(summary.conversation, deps.clock.now()),
          statements: summary.statements,
          participants: summary.participants,
          votes: summary.votes,
        };
      },
    );
  });
}
