import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { requireConversation } from '../../../app/conversations/require-conversation.js';
import { SlugParams, errorResponses } from '../../schemas/common.js';
import type { App, HttpDeps } from '../../types.js';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 25_000;

export function eventsRoute(app: App, deps: HttpDeps) {
  // An open stream never finishes by itself: shutting down ends them, or closing would wait forever.
  // Browsers reconnect (after `retry`) to whichever process is still serving.
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });

  app.get(
    '/conversations/:id/events',
    {
      schema: {
        tags: ['results'],
        summary: 'Server-sent events: `results-updated` with the new snapshot version',
        params: SlugParams,
        response: { 200: Type.String({ description: 'text/event-stream' }), ...errorResponses(404) },
      },
    },
    async (req, reply) => {
      const conversation = await requireConversation(deps.store, req.params.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n\n');
      open.add(res);
      const stop = deps.resultsEvents?.onResults((conversationId, version) => {
        if (conversationId === conversation.id) res.write(`event: results-updated\ndata: ${JSON.stringify({ version })}\n\n`);
      });
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      req.raw.on('close', () => {
        open.delete(res);
        clearInterval(keepalive);
        stop?.();
      });
    },
  );
}
