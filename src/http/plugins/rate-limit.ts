import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest, RouteOptions } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { isWellFormedToken } from '../../infra/auth/tokens.js';
import type { RateLimitCategory } from '../../infra/rate-limit/limits.js';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter.js';
import type { App } from '../types.js';
import { PARTICIPANT_COOKIE } from './participant-cookie.js';

/**
 * The routes that count against a limit, by method and path. Routes are matched as they are added,
 * so this plugin is registered before the API's routes.
 */
const LIMITED: Record<string, RateLimitCategory> = {
  'POST /api/v1/conversations/:id/votes': 'votes',
  'POST /api/v1/conversations/:id/statements': 'statements',
  'GET /api/v1/conversations/:id/similar': 'similar',
  'POST /api/v1/conversations/:id/participants': 'joins',
  'POST /api/v1/session': 'logins',
  'PUT /api/v1/session/password': 'logins',
};

const MESSAGES: Record<RateLimitCategory, string> = {
  votes: 'Too many votes in a short time',
  statements: 'Too many statements in a short time',
  similar: 'Too many searches in a short time',
  logins: 'Too many log-in attempts',
  joins: 'Too many new participants from one address',
};

/** Whose budget a request spends besides its address's: the browser's cookie, or the account a login names. */
function participantOf(req: FastifyRequest, category: RateLimitCategory): string | null {
  if (category === 'logins') {
    const email = (req.body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' ? `account:${email.trim().toLowerCase()}` : null;
  }
  const token = req.cookies[PARTICIPANT_COOKIE];
  return isWellFormedToken(token) ? `browser:${token}` : null;
}

/**
 * Rate limits per participant and per client address for votes, statements, similarity searches,
 * log-ins and joins. A request over a limit gets 429 `rate_limited` with `Retry-After` and changes
 * nothing. Checked before the body is validated, so that a flood of bad requests counts too.
 */
export function registerRateLimits(app: App, limiter: RateLimiter) {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (typeof route.method !== 'string') return;
    const category = LIMITED[`${route.method} ${route.url}`];
    if (!category) return;
    const check = async (req: FastifyRequest, reply: { header(name: string, value: string): unknown }) => {
      let verdict;
      try {
        verdict = await limiter.check(category, { address: normalizeIP(req.ip), participant: participantOf(req, category) });
      } catch (err) {
        // Counters out of reach (PostgreSQL restarting, say): serve rather than refuse everyone.
        req.log.warn({ err }, 'rate limit not checked');
        return;
      }
      if (verdict.allowed) return;
      reply.header('retry-after', String(verdict.retryAfterS));
      throw new DomainError('rate_limited', `${MESSAGES[category]}; try again in ${verdict.retryAfterS} s`);
    };
    const existing = route.preValidation;
    route.preValidation = existing ? [...(Array.isArray(existing) ? existing : [existing]), check] : [check];
  });
  app.addHook('onClose', () => limiter.close());
}
