import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdmin } from '../../app/users/create-admin.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../infra/rate-limit/limits.js';
import { inMemoryRateLimiter } from '../../infra/rate-limit/setup.js';
import { cookieFrom, testServer, type TestServer } from '../../../test/support/http.js';
import { buildServer } from '../server.js';
import type { App } from '../types.js';

const SLUG = 'helsinki-osallisuus-2026';
const url = (path: string) => `/api/v1/conversations/${SLUG}${path}`;
const WINDOW_START = Date.UTC(2026, 0, 19, 8, 0, 15);

function limits(changes: Partial<RateLimits>): RateLimits {
  return { ...DEFAULT_RATE_LIMITS, ...changes };
}

describe('rate limits over HTTP', () => {
  let t: TestServer;
  let app: App;
  let statementIds: string[];
  let now: number;

  async function serve(changes: Partial<RateLimits>, trustProxy = false) {
    app = await buildServer(t.deps, { rateLimiter: inMemoryRateLimiter(limits(changes), () => now), trustProxy });
  }

  beforeEach(async () => {
    now = WINDOW_START;
    t = await testServer({ seedDemo: true });
    statementIds = (await t.app.inject({ url: url('/statements') })).json().statements.map((s: { id: string }) => s.id);
  });
  afterEach(async () => {
    await app?.close();
    await t.close();
  });

  const vote = (i: number, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: url('/votes'), headers, payload: { statementId: statementIds[i], value: 'agree' } });
  const eventCount = async () => (await t.db.store.votes.count((await t.db.store.conversations.findBySlug(SLUG))!.id)).events;

  it('answers a participant over the vote limit with 429, Retry-After and the error shape, storing nothing', async () => {
    // The first vote comes without a cookie (it makes the participant); the count starts with the next.
    await serve({ votes: { perParticipant: 2, perAddress: 100 } });
    const first = await vote(0);
    const cookie = cookieFrom(first);
    expect((await vote(1, { cookie })).statusCode).toBe(201);
    expect((await vote(2, { cookie })).statusCode).toBe(201);
    now += 20_000;
    const refused = await vote(3, { cookie });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('25');
    expect(refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('votes') } });
    expect(await eventCount()).toBe(3);
    // Another browser behind the same address still votes; the limit is per participant.
    expect((await vote(3)).statusCode).toBe(201);
    // The next minute starts a new count.
    now = WINDOW_START + 45_000;
    expect((await vote(3, { cookie })).statusCode).toBe(201);
  });

  it('limits one address across browsers, and counts addresses apart behind a trusted proxy', async () => {
    await serve({ votes: { perParticipant: 100, perAddress: 4 } }, true);
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 4; i++) expect((await vote(i, from('203.0.113.7'))).statusCode).toBe(201);
    const refused = await vote(4, from('203.0.113.7'));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect((await vote(4, from('198.51.100.1'))).statusCode).toBe(201);
    // One IPv6 /64 is one address: a host cannot step around its limit by changing its suffix.
    for (let i = 0; i < 4; i++) expect((await vote(i, from(`2001:db8:1:2::${i + 1}`))).statusCode).toBe(201);
    expect((await vote(4, from('2001:db8:1:2::99'))).statusCode).toBe(429);
    expect(await eventCount()).toBe(9);
  });

  it('limits statements per participant, before the body is looked at', async () => {
    await serve({ statements: { perParticipant: 1, perAddress: 100 } });
    const first = await app.inject({ method: 'POST', url: url('/statements'), payload: { text: 'Kirjastoihin lisää iltatapahtumia', lang: 'fi' } });
    expect(first.statusCode).toBe(201);
    const cookie = cookieFrom(first);
    const bad = await app.inject({ method: 'POST', url: url('/statements'), headers: { cookie }, payload: { text: 42, lang: 'xx' } });
    expect(bad.statusCode).toBe(400);
    const refused = await app.inject({
      method: 'POST',
      url: url('/statements'),
      headers: { cookie },
      payload: { text: 'Puistoihin lisää penkkejä ja varjoa', lang: 'fi' },
    });
    expect(refused.statusCode).toBe(429);
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    expect((await t.db.store.statements.countByStatus(conversation.id)).pending).toBe(1);
  });

  it('limits log-in attempts per account and per address', async () => {
    await createAdmin(t.deps, { email: 'moderaattori@hel.fi', displayName: 'M', password: 'oikea-salasana-123' });
    await serve({ logins: { perParticipant: 2, perAddress: 5 } });
    const logIn = (email: string, password = 'väärä-salasana-123') =>
      app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    expect((await logIn('moderaattori@hel.fi')).statusCode).toBe(401);
    expect((await logIn('Moderaattori@hel.fi ')).statusCode).toBe(401);
    // The right password does not help once the account's attempts are spent.
    const locked = await logIn('moderaattori@hel.fi', 'oikea-salasana-123');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await logIn('toinen@hel.fi')).statusCode).toBe(401);
    expect((await logIn('kolmas@hel.fi')).statusCode).toBe(401);
    expect((await logIn('neljas@hel.fi')).statusCode).toBe(429);
  });

  it('turns a limit off with 0 and leaves other routes alone', async () => {
    await serve({ votes: { perParticipant: 0, perAddress: 0 } });
    for (let i = 0; i < 10; i++) expect((await vote(i % statementIds.length)).statusCode).toBe(201);
    for (let i = 0; i < 10; i++) expect((await app.inject({ url: url('/statements') })).statusCode).toBe(200);
  });
});
