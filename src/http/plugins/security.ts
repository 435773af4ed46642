import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';
import type { App } from '../types.js';

/**
 * Strict headers: every script, style, font and image comes from Sopu itself, nothing inline, no
 * third-party hosts, no framing.
 */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'same-origin' },
};

/**
 * The headers @fastify/helmet sets with these options, as it sets them (names in its spelling, in
 * its order). They depend on the options alone, yet helmet parses the options again on every
 * request: a probe server asks it once, and every request gets the same list from a plain hook.
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<[string, string | string[]][]> {
  const probe = Fastify({ logger: false });
  let headers: [string, string | string[]][] = [];
  await probe.register(helmet, options);
  probe.addHook('onRequest', (_req, reply, done) => {
    // At this point only helmet has set anything on the raw response.
    // getRawHeaderNames (Node ≥ 15.13, missing from the typings) keeps helmet's spelling.
    const raw = reply.raw as typeof reply.raw & { getRawHeaderNames(): string[] };
    headers = raw.getRawHeaderNames().map((name) => [name, raw.getHeader(name) as string | string[]]);
    done();
  });
  probe.get('/', async () => '');
  await probe.inject({ url: '/' });
  await probe.close();
  if (!headers.some(([name]) => name.toLowerCase() === 'content-security-policy')) {
    throw new Error('could not read the security headers from helmet');
  }
  return headers;
}

/** The same for every server this process builds. */
let securityHeaders: Promise<[string, string | string[]][]> | null = null;

export async function registerSecurityHeaders(app: App) {
  const headers = await (securityHeaders ??= helmetHeaders(HELMET_OPTIONS));
  // Set on the raw response before anything else, as helmet does, so a route's own reply.header
  // (the API viewer's CSP, say) still takes precedence.
  app.addHook('onRequest', (_req, reply, done) => {
    const raw = reply.raw;
    for (let i = 0; i < headers.length; i++) raw.setHeader(headers[i]![0], headers[i]![1]);
    done();
  });
}
