import { Type } from 'typebox';
import type { App, HttpDeps } from '../../types.js';

export function healthRoutes(app: App, deps: HttpDeps) {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers and its database is reachable',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok') }),
          503: Type.Object({ status: Type.Literal('unavailable'), database: Type.Literal('unreachable') }),
        },
      },
    },
    async (_req, reply) => {
      if (await deps.store.ping()) return { status: 'ok' as const, database: 'ok' as const };
      return reply.status(503).send({ status: 'unavailable' as const, database: 'unreachable' as const });
    },
  );
}
