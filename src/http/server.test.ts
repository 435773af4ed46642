import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../../test/support/http.js';

describe('the HTTP platform', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await testServer({ seedDemo: true });
  });
  afterAll(() => t.close());

  it('answers /healthz with 200 while the database answers', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes an OpenAPI document generated from the route schemas, and its viewer', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/conversations', '/api/v1/conversations/{id}/votes', '/api/v1/conversations/{id}/statements', '/healthz']),
    );
    const voteBody = doc.paths['/api/v1/conversations/{id}/votes'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(voteBody)).toContain('disagree');
    const docs = await t.app.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('Swagger UI');
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).not.toMatch(/https:|validator\.swagger\.io/);
  });

  it('answers every failure in one shape with a stable code', async () => {
    const unknown = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });

    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/conversations/helsinki-osallisuus-2026/votes',
      headers: { 'content-type': 'application/json' },
      payload: '{"statementId": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('validation_failed');

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/conversations/helsinki-osallisuus-2026/statements',
      payload: { text: 'a'.repeat(100_000), lang: 'fi' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');

    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/conversations/helsinki-osallisuus-2026/votes',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'statementId=x&value=agree',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('unsupported_media_type');
  });

  it('sends a strict Content-Security-Policy', async () => {
    const res = await t.app.inject({ url: '/api/v1/conversations' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
