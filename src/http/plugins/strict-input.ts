import { isUtf8 } from 'node:buffer';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../types.js';
import { sendError } from './errors.js';

/**
 * For Fastify's `frameworkErrors`: a request it cannot route (an address with a broken escape
 * such as `%zz`) is answered in the API's error shape too.
 */
export function answerFrameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 'validation_failed', err.code === 'FST_ERR_BAD_URL' ? 'The address is not valid' : err.message);
}

/**
 * JSON bodies must be UTF-8. Node would otherwise turn broken bytes into U+FFFD and let them into
 * a statement unnoticed; they are refused instead, before the JSON is parsed.
 */
export function registerStrictJson(app: App) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) {
      const err = new Error('The body is not valid UTF-8') as FastifyError;
      err.statusCode = 400;
      err.code = 'FST_ERR_CTP_INVALID_JSON_BODY';
      return done(err, undefined);
    }
    return parseJson(req, bytes.toString('utf8'), done);
  });
}
