import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './client';

describe('apiErrorOf', () => {
  it('keeps the code, the statement and what else the refusal said', () => {
    const e = apiErrorOf(409, { error: { code: 'duplicate_statement', message: 'Already said', statementId: 's1' } });
    expect([e.status, e.code, e.statementId, e.details]).toEqual([409, 'duplicate_statement', 's1', {}]);
    const v = apiErrorOf(400, { error: { code: 'validation_failed', message: 'Missing', field: 'texts.fi.title' } });
    expect(v.details).toEqual({ field: 'texts.fi.title' });
  });

  it('reads an answer that is not the error shape as an internal error', () => {
    expect(apiErrorOf(502, null).code).toBe('internal_error');
    expect(apiErrorOf(500, { error: { code: 42 } }).code).toBe('internal_error');
  });
});
