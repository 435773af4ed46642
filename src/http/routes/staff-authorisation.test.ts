import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../../../test/support/http.js';
import { api, databaseDump, openConversation, participantCookie, staffBrowser, type StaffBrowser } from '../../../test/support/staff.js';

/**
 * Every organizer and moderator endpoint, taken from the OpenAPI document: a route marked with
 * `x-staff-role` is staff-only; every other route must be listed below as public on purpose, so a
 * new staff route cannot be left out of these checks.
 */
const PUBLIC = new Set([
  'GET /healthz',
  'GET /api/v1/conversations',
  'GET /api/v1/conversations/{id}',
  'POST /api/v1/conversations/{id}/participants',
  'PUT /api/v1/conversations/{id}/participants/me/segment',
  'DELETE /api/v1/conversations/{id}/participants/me',
  'GET /api/v1/conversations/{id}/next',
  'POST /api/v1/conversations/{id}/votes',
  'GET /api/v1/conversations/{id}/votes/mine',
  'GET /api/v1/conversations/{id}/statements',
  'POST /api/v1/conversations/{id}/statements',
  'GET /api/v1/conversations/{id}/results',
  'GET /api/v1/conversations/{id}/results/me',
  'GET /api/v1/conversations/{id}/report',
  'GET /api/v1/conversations/{id}/events',
  'GET /api/v1/conversations/{id}/similar',
  'GET /api/v1/conversations/{id}/logo',
  'POST /api/v1/session',
  'GET /api/v1/session',
  'DELETE /api/v1/session',
  'PUT /api/v1/session/password',
  'GET /api/v1/invites/{token}',
  'POST /api/v1/invites/{token}/accept',
]);

/** Staff always, the public only while the results are public: checked on a staff-only conversation. */
const STAFF_UNLESS_PUBLIC = new Set(['GET /api/v1/conversations/{id}/export', 'GET /api/v1/conversations/{id}/export/{file}']);

interface Operation {
  key: string;
  method: string;
  path: string;
  access: string | null;
}

const SLUG = 'kohde';
const OTHER = 'toinen';

describe('authorisation of every staff endpoint', () => {
  let t: TestServer;
  let operations: Operation[];
  let organizer: StaffBrowser;
  let moderator: StaffBrowser;
  let outsider: StaffBrowser;
  let participant: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await testServer();
    const c = await openConversation(t, SLUG, { resultsVisibility: 'staff_only' });
    const other = await openConversation(t, OTHER);
    organizer = await staffBrowser(t, 'org@hel.fi', [{ conversationId: c.id, role: 'organizer' }]);
    moderator = await staffBrowser(t, 'mod@hel.fi', [{ conversationId: c.id, role: 'moderator' }]);
    outsider = await staffBrowser(t, 'out@hel.fi', [{ conversationId: other.id, role: 'moderator' }]);
    participant = await participantCookie(t, SLUG);
    const written = await t.app.inject({
      method: 'POST',
      url: api(`/conversations/${SLUG}/statements`),
      headers: { cookie: participant },
      payload: { text: 'Lisää penkkejä puistoihin', lang: 'fi' },
    });
    const statement = written.json().statement;
    const queue = await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie: moderator.cookie } });
    ids = { id: SLUG, sid: statement.id, lang: 'sv', pid: queue.json().items[0].authorParticipantId, file: 'votes.csv', token: 'x'.repeat(43) };

    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        access: (op['x-staff-role'] as string | undefined) ?? null,
      })),
    );
  });
  afterAll(() => t.close());

  const url = (op: Operation) => op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(ids[name] ?? name));
  const send = (op: Operation, headers: Record<string, string> = {}, payload: object = {}) =>
    t.app.inject({ method: op.method as 'GET', url: url(op), headers, ...(op.method === 'GET' ? {} : { payload }) });
  const staffOps = () => operations.filter((o) => o.access !== null);
  const outcome = (res: { statusCode: number; json(): { error?: { code: string } } }) => [res.statusCode, res.json().error?.code];

  it('knows every route: staff-only ones are marked, the rest are public on purpose', () => {
    const unmarked = operations.filter((o) => o.access === null).map((o) => o.key);
    expect(unmarked.filter((k) => !PUBLIC.has(k) && !STAFF_UNLESS_PUBLIC.has(k))).toEqual([]);
    expect(staffOps().length).toBeGreaterThanOrEqual(15);
    for (const key of [
      'GET /api/v1/conversations/{id}/moderation/queue',
      'POST /api/v1/conversations/{id}/moderation/decisions',
      'PUT /api/v1/conversations/{id}/statements/{sid}/translations/{lang}',
      'GET /api/v1/conversations/{id}/audit',
      'POST /api/v1/conversations/{id}/import',
      'PATCH /api/v1/conversations/{id}',
      'POST /api/v1/invites',
    ]) {
      expect(staffOps().map((o) => o.key)).toContain(key);
    }
  });

  it('refuses every staff endpoint, and the export of non-public data, without changing anything', async () => {
    const before = databaseDump(t);
    const checks = [...staffOps(), ...operations.filter((o) => STAFF_UNLESS_PUBLIC.has(o.key))];
    for (const op of checks) {
      expect([op.key, ...outcome(await send(op))]).toEqual([op.key, 401, 'not_authenticated']);
      expect([op.key, ...outcome(await send(op, { cookie: participant }))]).toEqual([op.key, 403, 'forbidden']);
      if (op.access === 'staff') continue;
      // A moderator of another conversation; for changes with a valid CSRF token, so only the role is missing.
      expect([op.key, ...outcome(await send(op, outsider.change))]).toEqual([op.key, 403, 'forbidden']);
    }
    for (const op of staffOps().filter((o) => o.access === 'organizer' || o.access === 'organizer-any')) {
      expect([op.key, ...outcome(await send(op, moderator.change))]).toEqual([op.key, 403, 'forbidden']);
    }
    expect(databaseDump(t)).toBe(before);
  });

  it('checks the conversation named in the body where the path names none', async () => {
    const before = databaseDump(t);
    const invite = operations.find((o) => o.key === 'POST /api/v1/invites')!;
    const payload = { conversationId: SLUG, email: 'uusi@hel.fi', role: 'moderator' };
    expect(outcome(await send(invite, outsider.change, payload))).toEqual([403, 'forbidden']);
    expect(outcome(await send(invite, moderator.change, payload))).toEqual([403, 'forbidden']);
    const list = operations.find((o) => o.key === 'GET /api/v1/staff/conversations')!;
    const seen = (await send(list, { cookie: outsider.cookie })).json().conversations.map((c: { conversation: { id: string } }) => c.conversation.id);
    expect(seen).toEqual([OTHER]);
    expect(databaseDump(t)).toBe(before);
  });

  it('refuses a cross-site change and a change without the CSRF token, even from the organizer', async () => {
    const before = databaseDump(t);
    for (const op of staffOps().filter((o) => o.method !== 'GET')) {
      const crossSite = await send(op, { ...organizer.change, origin: 'https://evil.example' });
      expect([op.key, ...outcome(crossSite)]).toEqual([op.key, 403, 'csrf_failed']);
      const noToken = await send(op, { cookie: organizer.cookie });
      expect([op.key, ...outcome(noToken)]).toEqual([op.key, 403, 'csrf_failed']);
    }
    expect(databaseDump(t)).toBe(before);
  });

  it('lets the conversation\'s own staff through the same endpoints', async () => {
    for (const op of staffOps().filter((o) => o.method === 'GET')) {
      const res = await send(op, { cookie: organizer.cookie });
      expect([op.key, res.statusCode]).toEqual([op.key, 200]);
    }
    const modRes = await send(operations.find((o) => o.key === 'GET /api/v1/conversations/{id}/dashboard')!, { cookie: moderator.cookie });
    expect(modRes.statusCode).toBe(200);
  });
});
