import { request } from 'node:http';
import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { App } from '../types.js';
import { HELMET_OPTIONS, registerSecurityHeaders } from './security.js';

/** The status line and headers as they go over the wire, in order and spelling, without the date. */
async function wireHeaders(withHeaders: (app: ReturnType<typeof Fastify>) => Promise<void>, path: string): Promise<string[]> {
  const app = Fastify({ logger: false });
  await withHeaders(app);
  app.get('/json', async () => ({ ok: true }));
  app.get('/own-csp', async (_req, reply) => reply.header('content-security-policy', "default-src 'none'").send('x'));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await new Promise((resolve, reject) => {
      request(`${address}${path}`, (res) => {
        res.resume();
        const lines: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        resolve([`${res.statusCode}`, ...lines.filter((l) => !/^date:/i.test(l))]);
      })
        .on('error', reject)
        .end();
    });
  } finally {
    await app.close();
  }
}

describe('the security headers', () => {
  it('are exactly those @fastify/helmet sets with the same options, on a route, a 404 and beside a route’s own CSP', async () => {
    for (const path of ['/json', '/missing', '/own-csp']) {
      const ours = await wireHeaders((app) => registerSecurityHeaders(app as unknown as App), path);
      const helmets = await wireHeaders(async (app) => void (await app.register(helmet, HELMET_OPTIONS)), path);
      expect(ours, path).toEqual(helmets);
      expect(ours.join('\n'), path).toMatch(/X-Frame-Options: SAMEORIGIN/);
    }
  });
});
