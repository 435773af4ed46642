import { Type } from 'typebox';
import { deleteLogo, getLogo, setLogo } from '../../../app/conversations/conversation-logo.js';
import { LOGO_TYPES, MAX_LOGO_BYTES } from '../../../domain/conversation/logo.js';
import { guardedUser, staffOnly } from '../../plugins/staff-session.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import type { App, HttpDeps } from '../../types.js';

const YEAR_S = 365 * 24 * 3600;

/** A conversation's logo: organizers upload PNG, JPEG or WebP; anyone loads it. */
export function logoRoutes(app: App, deps: HttpDeps) {
  // Its own scope, so that only this route reads image bodies.
  app.register(async (scope) => {
    scope.addContentTypeParser([...LOGO_TYPES], { parseAs: 'buffer', bodyLimit: MAX_LOGO_BYTES }, (_req, body, done) => done(null, body));
    scope.put(
      '/conversations/:id/logo',
      {
        bodyLimit: MAX_LOGO_BYTES,
        schema: {
          ...staffOnly('organizer'),
          tags: ['staff'],
          summary: `Set the logo: an image/png, image/jpeg or image/webp body of at most ${MAX_LOGO_BYTES / 1024} kB (organizers)`,
          params: SlugParams,
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (req, reply) => {
        const body = req.body as Buffer;
        await setLogo(deps, {
          slug: (req.params as { id: string }).id,
          contentType: req.headers['content-type']!.split(';')[0]!.trim().toLowerCase(),
          data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
          actor: guardedUser(req),
        });
        return reply.status(204).send(null);
      },
    );
  });

  app.delete(
    '/conversations/:id/logo',
    {
      schema: {
        ...staffOnly('organizer'),
        tags: ['staff'],
        summary: 'Remove the logo (organizers)',
        params: SlugParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await deleteLogo(deps, { slug: req.params.id, actor: guardedUser(req) });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/conversations/:id/logo',
    {
      schema: {
        tags: ['conversations'],
        summary: "The conversation's logo image",
        params: SlugParams,
        querystring: Type.Object({ v: Type.Optional(Type.String({ maxLength: 20, description: 'The version in logoUrl' })) }),
        response: { 200: Type.Unsafe<Buffer>({ description: 'image/png, image/jpeg or image/webp' }), ...errorResponses(404) },
      },
    },
    async (req, reply) => {
      const logo = await getLogo(deps, req.params.id);
      // The address with the current version never changes content; any other may.
      const current = req.query.v === String(logo.updatedAt);
      return reply
        .type(logo.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', current ? `public, max-age=${YEAR_S}, immutable` : 'public, max-age=300')
        .header('last-modified', new Date(logo.updatedAt).toUTCString())
        .send(Buffer.from(logo.data));
    },
  );
}
