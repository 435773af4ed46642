import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../types.js';
import { ErrorSchema } from '../schemas/common.js';

/** The OpenAPI document is generated from the same schemas the server validates with. */
export async function registerOpenApi(app: App, version: string) {
  app.addSchema(ErrorSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sopu API',
        version,
        description:
          'Agree / disagree conversations between a city and its residents. Vote values are "agree", "disagree" and "pass". ' +
          'Errors always have the shape { "error": { "code", "message" } } with a stable code.',
      },
      servers: [{ url: '/' }],
      tags: [
        { name: 'conversations' },
        { name: 'voting' },
        { name: 'statements' },
        { name: 'participants' },
        { name: 'staff' },
        { name: 'moderation' },
        { name: 'results' },
        { name: 'health' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // The viewer must not call out either: no online validator badge, no fonts from elsewhere.
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/ https:/g, '').replace(/ validator\.swagger\.io/g, ''),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
