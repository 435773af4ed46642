import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../types.js';
import { sendError } from './errors.js';

/**
 * Serves the built web app from `webDir`; any other GET outside the API gets its index.html so the
 * app's own router shows the page. Unknown API paths answer in the API's error shape.
 */
export async function registerWebApp(app: App, webDir: string | null) {
  const index = webDir ? join(webDir, 'index.html') : null;
  const hasApp = index !== null && existsSync(index);
  if (hasApp) {
    await app.register(fastifyStatic, { root: webDir!, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path === '/api' || path === '/healthz';
    if (hasApp && req.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 'not_found', `No route ${req.method} ${path}`);
  });
}
