import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { DomainError, ERROR_CODES, type ErrorCode } from '../../domain/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Error codes for schema failures on particular fields, e.g. `{ '/value': 'invalid_vote' }`,
     * so that a route answers with its own stable code rather than the generic one.
     */
    fieldErrorCodes?: Record<string, ErrorCode>;
  }
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return reply.status(ERROR_CODES[code]).send({ error: { code, message, ...details } });
}

// Fastify's own error codes for requests it refuses before they reach a handler.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** Every error leaves the server in one shape: `{ error: { code, message } }`, with a stable code. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | DomainError, request, reply) => {
    if (err instanceof DomainError) return sendError(reply, err.code, err.message, err.details);
    if ('validation' in err && err.validation) {
      const path = err.validation[0]?.instancePath ?? '';
      const special = request.routeOptions.config.fieldErrorCodes?.[path];
      const where = err.validationContext ?? 'request';
      return sendError(reply, special ?? 'validation_failed', `${where}${path ? ` ${path}` : ''}: ${err.validation[0]?.message ?? 'invalid'}`);
    }
    if (err.statusCode === 429) return sendError(reply, 'rate_limited', 'Too many requests; try again shortly');
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendError(reply, mapped, err.message);
    if (err.name === 'SyntaxError' && err.statusCode === 400) return sendError(reply, 'validation_failed', 'The body is not valid JSON');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: 'validation_failed', message: err.message } });
    }
    request.log.error({ err }, 'unhandled error');
    return sendError(reply, 'internal_error', 'Something went wrong on our side');
  });
}
