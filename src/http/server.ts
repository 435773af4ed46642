import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter.js';
import { inMemoryRateLimiter } from '../infra/rate-limit/setup.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimits } from './plugins/rate-limit.js';
import { registerStaffGuard } from './plugins/staff-session.js';
import { registerSecurityHeaders } from './plugins/security.js';
import { answerFrameworkError, registerStrictJson } from './plugins/strict-input.js';
import { registerWebApp } from './plugins/web-app.js';
import { conversationRoutes } from './routes/conversations/routes.js';
import { exportRoutes } from './routes/export/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { inviteRoutes } from './routes/invites/routes.js';
import { logoRoutes } from './routes/logo/routes.js';
import { moderationRoutes } from './routes/moderation/routes.js';
import { participantRoutes } from './routes/participants/routes.js';
import { resultsRoutes } from './routes/results/routes.js';
import { similarityRoutes } from './routes/similarity/routes.js';
import { sessionRoutes } from './routes/session/routes.js';
import { staffRoutes } from './routes/staff/routes.js';
import { statementRoutes } from './routes/statements/routes.js';
import { teamRoutes } from './routes/team/routes.js';
import { voteRoutes } from './routes/votes/routes.js';
import type { App, HttpDeps } from './types.js';

export interface ServerOptions {
  /** pino logger options, or false for none. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app, or null to serve the API alone. */
  webDir?: string | null;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy?: boolean;
  version?: string;
  /** Rate limits and their counters; by default the default limits, counted in memory. */
  rateLimiter?: RateLimiter;
}

/** Bodies are small JSON documents; anything larger is refused before it is read. */
const BODY_LIMIT = 64 * 1024;

export async function buildServer(deps: HttpDeps, options: ServerOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: answerFrameworkError,
    // No request bodies are coerced into other types: "1" is not a vote.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  registerStrictJson(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  registerRateLimits(app, options.rateLimiter ?? inMemoryRateLimiter());
  await registerOpenApi(app, options.version ?? '0.0.0');
  registerStaffGuard(app, deps);

  healthRoutes(app, deps);
  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<TypeBoxTypeProvider>();
      conversationRoutes(typed, deps);
      participantRoutes(typed, deps);
      voteRoutes(typed, deps);
      statementRoutes(typed, deps);
      sessionRoutes(typed, deps);
      moderationRoutes(typed, deps);
      resultsRoutes(typed, deps);
      similarityRoutes(typed, deps);
      exportRoutes(typed, deps);
      staffRoutes(typed, deps);
      logoRoutes(typed, deps);
      inviteRoutes(typed, deps);
      teamRoutes(typed, deps);
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, options.webDir ?? null);
  await app.ready();
  return app;
}
