import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversation } from '../../../app/conversations/create-conversation.js';
import { SESSION_LIFETIME_MS } from '../../../app/session/log-in.js';
import { makeUser } from '../../../../test/support/factories.js';
import { cookieFrom, testServer, type TestServer } from '../../../../test/support/http.js';

const SLUG = 'helsinki-osallisuus-2026';
const api = (path: string) => `/api/v1${path}`;

describe('staff sessions and moderation over HTTP', () => {
  let t: TestServer;
  let pendingId: string;

  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    const moderator = await makeUser(t.db.store, { email: 'mod@hel.fi', passwordHash: 'plain:moderaattori-salasana' });
    await t.db.store.users.grantRole(moderator.id, conversation.id, 'moderator');
    await makeUser(t.db.store, { email: 'fresh@hel.fi', passwordHash: 'plain:kertakayttoinen-1', mustChangePassword: true });
    const res = await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/statements`), payload: { text: 'Lisää puistonpenkkejä', lang: 'fi' } });
    pendingId = res.json().statement.id;
  });
  afterEach(() => t.close());

  async function logIn(email = 'mod@hel.fi', password = 'moderaattori-salasana') {
    const res = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    const set = res.cookies.find((c) => c.name === 'sopu_session')!;
    expect(set).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    return { cookie: `sopu_session=${set.value}`, csrf: res.json().csrfToken as string };
  }

  const decide = (headers: Record<string, string>, payload: object = { statementIds: [pendingId], action: 'publish' }) =>
    t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/moderation/decisions`), headers, payload });

  it('logs in, shows who is logged in and logs out', async () => {
    const { cookie, csrf } = await logIn();
    const me = await t.app.inject({ url: api('/session'), headers: { cookie } });
    expect(me.json()).toEqual({
      user: expect.objectContaining({ email: 'mod@hel.fi', isAdmin: false }),
      csrfToken: csrf,
      conversations: [{ id: SLUG, role: 'moderator' }],
    });
    expect((await t.app.inject({ method: 'DELETE', url: api('/session'), headers: { cookie } })).statusCode).toBe(403);
    const out = await t.app.inject({ method: 'DELETE', url: api('/session'), headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: api('/session'), headers: { cookie } })).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    for (const payload of [{ email: 'nobody@hel.fi', password: 'x' }, { email: 'mod@hel.fi', password: 'wrong' }]) {
      const res = await t.app.inject({ method: 'POST', url: api('/session'), payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('invalid_credentials');
      expect(res.cookies.find((c) => c.name === 'sopu_session')).toBeUndefined();
    }
  });

  it('logs in again from a browser that still holds an ended session’s cookie, but not from another site', async () => {
    const { cookie, csrf } = await logIn();
    await t.app.inject({ method: 'DELETE', url: api('/session'), headers: { cookie, 'x-csrf-token': csrf } });
    const payload = { email: 'mod@hel.fi', password: 'moderaattori-salasana' };
    const again = await t.app.inject({ method: 'POST', url: api('/session'), headers: { cookie }, payload });
    expect(again.statusCode, again.body).toBe(200);
    const crossSite = await t.app.inject({ method: 'POST', url: api('/session'), headers: { origin: 'https://evil.example' }, payload });
    expect(crossSite.json().error.code).toBe('csrf_failed');
  });

  it('lets a moderator see the queue, translate and publish with the CSRF token, and logs it', async () => {
    const { cookie, csrf } = await logIn();
    const queue = (await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie } })).json();
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({ statement: { id: pendingId, status: 'pending' }, overdue: false, authorLang: 'fi' });
    const tr = await t.app.inject({
      method: 'PUT',
      url: api(`/conversations/${SLUG}/statements/${pendingId}/translations/sv`),
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { text: 'Fler parkbänkar' },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    const res = await decide({ cookie, 'x-csrf-token': csrf });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().statements[0]).toMatchObject({ status: 'published', translations: { sv: 'Fler parkbänkar' } });
    const audit = (await t.app.inject({ url: api(`/conversations/${SLUG}/audit`), headers: { cookie } })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['publish', 'translate', 'create']);
    expect(audit.entries[1].statementText).toBe('Lisää puistonpenkkejä');
  });

  it('refuses anonymous requests (401), participants (403) and a moderator of another conversation (403)', async () => {
    const anon = await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`) });
    expect(anon.statusCode).toBe(401);
    const participant = cookieFrom(await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/participants`) }));
    expect((await decide({ cookie: participant })).statusCode).toBe(403);
    expect((await t.app.inject({ url: api(`/conversations/${SLUG}/audit`), headers: { cookie: participant } })).statusCode).toBe(403);

    const other = await createConversation(t.deps, { slug: 'toinen', languages: ['fi'], texts: {}, schedule: { opensAt: 0, statementsCloseAt: null, closesAt: null } });
    const outsider = await makeUser(t.db.store, { email: 'out@hel.fi', passwordHash: 'plain:ulkopuolinen-123' });
    await t.db.store.users.grantRole(outsider.id, other.id, 'moderator');
    const { cookie, csrf } = await logIn('out@hel.fi', 'ulkopuolinen-123');
    expect((await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie } })).statusCode).toBe(403);
    const res = await decide({ cookie, 'x-csrf-token': csrf });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await t.db.store.statements.findById((await t.db.store.conversations.findBySlug(SLUG))!.id, pendingId))!.status).toBe('pending');
  });

  it('refuses a cross-site POST and a change without the CSRF token', async () => {
    const { cookie, csrf } = await logIn();
    const crossSite = await decide({ cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('csrf_failed');
    const noToken = await decide({ cookie });
    expect(noToken.json().error.code).toBe('csrf_failed');
    const login = await t.app.inject({ method: 'POST', url: api('/session'), headers: { origin: 'https://evil.example' }, payload: { email: 'mod@hel.fi', password: 'moderaattori-salasana' } });
    expect(login.statusCode).toBe(403);
    const queue = (await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie } })).json();
    expect(queue.items).toHaveLength(1);
  });

  it('makes a one-time password be changed before any change, and ends sessions after their lifetime', async () => {
    const fresh = await logIn('fresh@hel.fi', 'kertakayttoinen-1');
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    const user = (await t.db.store.users.findByEmail('fresh@hel.fi'))!;
    await t.db.store.users.grantRole(user.id, conversation.id, 'moderator');
    const blocked = await decide({ cookie: fresh.cookie, 'x-csrf-token': fresh.csrf });
    expect(blocked.json().error.code).toBe('password_change_required');
    const changed = await t.app.inject({
      method: 'PUT',
      url: api('/session/password'),
      headers: { cookie: fresh.cookie, 'x-csrf-token': fresh.csrf },
      payload: { currentPassword: 'kertakayttoinen-1', newPassword: 'uusi-pitka-salasana' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await decide({ cookie: fresh.cookie, 'x-csrf-token': fresh.csrf })).statusCode).toBe(200);
    t.clock.advance(SESSION_LIFETIME_MS);
    expect((await t.app.inject({ url: api('/session'), headers: { cookie: fresh.cookie } })).statusCode).toBe(401);
  });

  it('flags what may break a rule, with the span, and sorts flagged statements first on request', async () => {
    const text = 'Soittakaa minulle numeroon 040 123 4567, niin kerron lisää';
    t.clock.advance(60_000);
    const flagged = (await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/statements`), payload: { text, lang: 'fi' } })).json().statement.id;
    const { cookie } = await logIn();
    const oldestFirst = (await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie } })).json();
    expect(oldestFirst.items.map((i: { statement: { id: string } }) => i.statement.id)).toEqual([pendingId, flagged]);
    const item = oldestFirst.items[1];
    const phone = item.flags.find((f: { kind: string }) => f.kind === 'phone');
    expect(phone).toMatchObject({ rule: 'names_person', reason: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) } });
    expect(text.slice(phone.span.start, phone.span.end)).toContain('040 123 4567');
    const sorted = (await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue?sort=flagged`), headers: { cookie } })).json();
    expect(sorted.items.map((i: { statement: { id: string } }) => i.statement.id)).toEqual([flagged, pendingId]);
  });

  it('rejects several statements at once as all or none', async () => {
    const second = (await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/statements`), payload: { text: 'Mainos: osta tuotteemme', lang: 'fi' } })).json().statement.id;
    const { cookie, csrf } = await logIn();
    const bad = await decide({ cookie, 'x-csrf-token': csrf }, { statementIds: [pendingId, 'missing'], action: 'reject', reason: 'off_topic' });
    expect(bad.statusCode).toBe(404);
    const queue = (await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/queue`), headers: { cookie } })).json();
    expect(queue.items).toHaveLength(2);
    const ok = await decide({ cookie, 'x-csrf-token': csrf }, { statementIds: [pendingId, second], action: 'reject', reason: 'other', note: 'mainos' });
    expect(ok.json().statements.map((s: { status: string }) => s.status)).toEqual(['rejected', 'rejected']);
    const noReason = await decide({ cookie, 'x-csrf-token': csrf }, { statementIds: [pendingId], action: 'reject' });
    expect(noReason.json().error.code).toBe('invalid_reason');
  });
});
