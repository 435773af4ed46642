/**
 * Stable error codes. Clients translate them, so a code never changes meaning once released;
 * the HTTP layer maps each to a status.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  invalid_vote: 400,
  invalid_text: 400,
  statement_empty: 400,
  statement_too_long: 400,
  invalid_language: 400,
  invalid_reason: 400,
  invalid_schedule: 400,
  invalid_segment: 400,
  invalid_polis_export: 400,
  invalid_image: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  password_change_required: 403,
  conversation_not_found: 404,
  statement_not_found: 404,
  participant_not_found: 404,
  user_not_found: 404,
  not_found: 404,
  invite_not_found: 404,
  conversation_closed: 409,
  statements_closed: 409,
  writing_disabled: 409,
  statement_not_published: 409,
  duplicate_statement: 409,
  already_decided: 409,
  slug_taken: 409,
  email_taken: 409,
  invalid_transition: 409,
  invite_used: 409,
  last_organizer: 409,
  invite_expired: 410,
  participant_banned: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A refusal by a domain rule or use case: expected, explained, and changes nothing. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts for the client, e.g. the id of the statement a duplicate repeats. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
