import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../infra/auth/tokens.js';
import { DAY, makeUser } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api, databaseDump, openConversation, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';

describe('invites over HTTP', () => {
  let t: TestServer;
  let organizer: StaffBrowser;
  let conversationId: string;

  beforeEach(async () => {
    t = await testServer();
    const c = await openConversation(t, 'kutsu');
    conversationId = c.id;
    organizer = await staffBrowser(t, 'org@hel.fi', [{ conversationId: c.id, role: 'organizer' }]);
  });
  afterEach(() => t.close());

  const invite = async (email = 'Uusi.Moderaattori@hel.fi', role = 'moderator') => {
    const res = await t.app.inject({ method: 'POST', url: api('/invites'), headers: organizer.change, payload: { conversationId: 'kutsu', email, role } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; path: string; expiresAt: string };
  };
  const info = (token: string) => t.app.inject({ url: api(`/invites/${token}`) });
  const accept = (token: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: api(`/invites/${token}/accept`), headers, payload });

  it('invites a moderator who accepts with a new account and is logged in with the role', async () => {
    const created = await invite();
    expect(created.path).toBe(`/fi/staff/invite/${created.token}`);
    expect(Date.parse(created.expiresAt) - t.clock.now()).toBe(7 * DAY);
    // Only the token's hash is stored.
    expect(await t.db.store.invites.findByTokenHash(created.token)).toBeNull();
    expect(await t.db.store.invites.findByTokenHash(tokenHash(created.token))).toMatchObject({ conversationId, role: 'moderator' });

    expect((await info(created.token)).json()).toEqual({
      email: 'uusi.moderaattori@hel.fi',
      role: 'moderator',
      conversation: { id: 'kutsu', texts: { fi: { title: 'Keskustelu kutsu' }, sv: { title: 'Samtal kutsu' }, en: { title: 'Conversation kutsu' } } },
      expiresAt: created.expiresAt,
      accountExists: false,
    });

    const res = await accept(created.token, { displayName: ' Maija  Moderaattori ', password: 'pitka-salasana-1' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email: 'uusi.moderaattori@hel.fi', displayName: 'Maija Moderaattori', isAdmin: false, mustChangePassword: false },
      conversations: [{ id: 'kutsu', role: 'moderator' }],
    });
    const cookie = res.cookies.find((c) => c.name === 'sopu_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const queue = await t.app.inject({ url: api('/conversations/kutsu/moderation/queue'), headers: { cookie: `sopu_session=${cookie.value}` } });
    expect(queue.statusCode).toBe(200);
    const me = (await t.app.inject({ url: api('/session'), headers: { cookie: `sopu_session=${cookie.value}` } })).json();
    expect(me.csrfToken).toBe(res.json().csrfToken);

    const again = await accept(created.token, { displayName: 'Toinen', password: 'pitka-salasana-2' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'invite_used']);
    expect((await info(created.token)).json().error.code).toBe('invite_used');
    const audit = (await t.app.inject({ url: api('/conversations/kutsu/audit'), headers: { cookie: organizer.cookie } })).json().entries;
    expect(audit.map((e: { action: string; actorName: string | null }) => [e.action, e.actorName])).toEqual([
      ['invite_accepted', 'Maija Moderaattori'],
      ['invite', 'org@hel.fi'],
    ]);
  });

  it('lets an existing account accept with its own password, and never lowers a role', async () => {
    await makeUser(t.db.store, { email: 'vanha@hel.fi', passwordHash: 'plain:vanha-salasana-123', displayName: 'Vanha' });
    const { token } = await invite('vanha@hel.fi', 'organizer');
    expect((await info(token)).json().accountExists).toBe(true);
    const before = databaseDump(t);
    const wrong = await accept(token, { displayName: '', password: 'arvaus-arvaus' });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'invalid_credentials']);
    expect(databaseDump(t)).toBe(before);
    const ok = await accept(token, { displayName: '', password: 'vanha-salasana-123' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().conversations).toEqual([{ id: 'kutsu', role: 'organizer' }]);
    const { token: lower } = await invite('vanha@hel.fi', 'moderator');
    expect((await accept(lower, { displayName: '', password: 'vanha-salasana-123' })).json().conversations).toEqual([{ id: 'kutsu', role: 'organizer' }]);
  });

  it('refuses unknown, expired and malformed invites, weak passwords and other sites, creating nothing', async () => {
    const { token } = await invite();
    const before = databaseDump(t);
    const unknown = await info('a'.repeat(43));
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'invite_not_found']);
    expect((await info('lyhyt')).json().error.code).toBe('invite_not_found');
    const weak = await accept(token, { displayName: 'Maija', password: 'lyhyt' });
    expect([weak.statusCode, weak.json().error.code]).toEqual([400, 'validation_failed']);
    const noName = await accept(token, { displayName: '  ', password: 'pitka-salasana-1' });
    expect([noName.statusCode, noName.json().error.code]).toEqual([400, 'validation_failed']);
    const crossSite = await accept(token, { displayName: 'Maija', password: 'pitka-salasana-1' }, { origin: 'https://evil.example' });
    expect([crossSite.statusCode, crossSite.json().error.code]).toEqual([403, 'csrf_failed']);
    t.clock.advance(7 * DAY);
    const expired = await accept(token, { displayName: 'Maija', password: 'pitka-salasana-1' });
    expect([expired.statusCode, expired.json().error.code]).toEqual([410, 'invite_expired']);
    expect((await info(token)).statusCode).toBe(410);
    expect(databaseDump(t)).toBe(before);
  });

  it('refuses a bad address or role, and an invite to a conversation that does not exist', async () => {
    const before = databaseDump(t);
    const post = (payload: object) => t.app.inject({ method: 'POST', url: api('/invites'), headers: organizer.change, payload });
    expect((await post({ conversationId: 'kutsu', email: 'ei-osoite', role: 'moderator' })).json().error.code).toBe('validation_failed');
    expect((await post({ conversationId: 'kutsu', email: 'a@b.fi', role: 'admin' })).json().error.code).toBe('validation_failed');
    const missing = await post({ conversationId: 'ei-ole', email: 'a@b.fi', role: 'moderator' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'conversation_not_found']);
    expect(databaseDump(t)).toBe(before);
  });
});
