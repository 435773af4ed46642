import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../infra/auth/tokens.js';
import { DAY } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api, databaseDump, openConversation, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';

interface TeamBody {
  members: { userId: string; email: string; displayName: string; role: string }[];
  invites: { id: string; email: string; role: string; createdAt: string; expiresAt: string; status: string }[];
}

describe('the team of a conversation over HTTP', () => {
  let t: TestServer;
  let organizer: StaffBrowser;
  let conversationId: string;
  let otherId: string;

  beforeEach(async () => {
    t = await testServer();
    conversationId = (await openConversation(t, 'tiimi')).id;
    otherId = (await openConversation(t, 'toinen')).id;
    organizer = await staffBrowser(t, 'org@hel.fi', [{ conversationId, role: 'organizer' }], { displayName: 'Olli Organisoija' });
  });
  afterEach(() => t.close());

  const team = async (who: StaffBrowser = organizer) => {
    const res = await t.app.inject({ url: api('/conversations/tiimi/team'), headers: { cookie: who.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TeamBody;
  };
  const invite = async (email: string, role = 'moderator') => {
    const res = await t.app.inject({ method: 'POST', url: api('/invites'), headers: organizer.change, payload: { conversationId: 'tiimi', email, role } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string };
  };
  const accept = (token: string) =>
    t.app.inject({ method: 'POST', url: api(`/invites/${token}/accept`), payload: { displayName: 'Maija Moderaattori', password: 'pitka-salasana-1' } });
  const remove = (userId: string, who: StaffBrowser = organizer) =>
    t.app.inject({ method: 'DELETE', url: api(`/conversations/tiimi/team/${encodeURIComponent(userId)}`), headers: who.change });
  const revoke = (inviteId: string, slug = 'tiimi') =>
    t.app.inject({ method: 'DELETE', url: api(`/conversations/${slug}/invites/${encodeURIComponent(inviteId)}`), headers: organizer.change });
  const outcome = (res: { statusCode: number; json(): { error?: { code: string } } }) => [res.statusCode, res.json().error?.code];
  const auditActions = async () =>
    ((await t.app.inject({ url: api('/conversations/tiimi/audit'), headers: { cookie: organizer.cookie } })).json().entries as { action: string; details: object }[]);

  it('lists the members, organizers first, and the unused invites without their links', async () => {
    const moderator = await staffBrowser(t, 'mod@hel.fi', [{ conversationId, role: 'moderator' }, { conversationId: otherId, role: 'organizer' }], { displayName: 'Aino Moderaattori' });
    await staffBrowser(t, 'muu@hel.fi', [{ conversationId: otherId, role: 'moderator' }]);
    await staffBrowser(t, 'admin@hel.fi', [], { isAdmin: true });
    // An invite made a week ago, when the organizer's session of today did not exist yet.
    const now = t.clock.now();
    const old = { token: 'vanha-linkki' };
    await t.db.store.invites.create({
      id: 'vanha-kutsu', tokenHash: tokenHash(old.token), conversationId, email: 'vanha@hel.fi', role: 'moderator',
      createdBy: organizer.userId, createdAt: now - 7 * DAY, expiresAt: now, acceptedAt: null, acceptedBy: null,
    });
    const fresh = await invite('uusi@hel.fi', 'organizer');
    const accepted = await invite('hyvaksyy@hel.fi');
    expect((await accept(accepted.token)).statusCode).toBe(200);

    const body = await team();
    expect(body.members).toEqual([
      { userId: organizer.userId, email: 'org@hel.fi', displayName: 'Olli Organisoija', role: 'organizer' },
      { userId: moderator.userId, email: 'mod@hel.fi', displayName: 'Aino Moderaattori', role: 'moderator' },
      { userId: expect.any(String), email: 'hyvaksyy@hel.fi', displayName: 'Maija Moderaattori', role: 'moderator' },
    ]);
    expect(body.invites).toEqual([
      { id: expect.any(String), email: 'uusi@hel.fi', role: 'organizer', createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 7 * DAY).toISOString(), status: 'open' },
      { id: 'vanha-kutsu', email: 'vanha@hel.fi', role: 'moderator', createdAt: new Date(now - 7 * DAY).toISOString(), expiresAt: new Date(now).toISOString(), status: 'expired' },
    ]);
    const text = JSON.stringify(body);
    for (const token of [old.token, fresh.token]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(tokenHash(token));
    }
  });

  it('removes a moderator, whose open session then has no rights in the conversation', async () => {
    const { token } = await invite('mod@hel.fi');
    const accepted = await accept(token);
    const session = accepted.cookies.find((c) => c.name === 'sopu_session')!;
    const moderatorCookie = `sopu_session=${session.value}`;
    const queue = () => t.app.inject({ url: api('/conversations/tiimi/moderation/queue'), headers: { cookie: moderatorCookie } });
    expect((await queue()).statusCode).toBe(200);
    const userId = (await team()).members.find((m) => m.email === 'mod@hel.fi')!.userId;

    const res = await remove(userId);
    expect(res.statusCode, res.body).toBe(204);
    expect(outcome(await queue())).toEqual([403, 'forbidden']);
    expect((await team()).members.map((m) => m.email)).toEqual(['org@hel.fi']);
    expect((await auditActions())[0]).toMatchObject({ action: 'role_removed', details: { email: 'mod@hel.fi', displayName: 'Maija Moderaattori', role: 'moderator' } });
    // Gone already: nothing to remove.
    expect(outcome(await remove(userId))).toEqual([404, 'user_not_found']);
  });

  it('never removes the last organizer, and refuses unknown people, changing nothing', async () => {
    const outsider = await staffBrowser(t, 'muu@hel.fi', [{ conversationId: otherId, role: 'organizer' }]);
    const admin = await staffBrowser(t, 'admin@hel.fi', [], { isAdmin: true });
    const before = databaseDump(t);
    expect(outcome(await remove(organizer.userId))).toEqual([409, 'last_organizer']);
    expect(outcome(await remove(organizer.userId, admin))).toEqual([409, 'last_organizer']);
    expect(outcome(await remove(outsider.userId))).toEqual([404, 'user_not_found']);
    expect(outcome(await remove(admin.userId))).toEqual([404, 'user_not_found']);
    expect(outcome(await remove('ei-ketaan'))).toEqual([404, 'user_not_found']);
    const missing = await t.app.inject({ method: 'DELETE', url: api(`/conversations/ei-ole/team/${organizer.userId}`), headers: admin.change });
    expect(outcome(missing)).toEqual([404, 'conversation_not_found']);
    expect(databaseDump(t)).toBe(before);
  });

  it('lets an organizer step down while another organizer stays', async () => {
    const second = await staffBrowser(t, 'toinen@hel.fi', [{ conversationId, role: 'organizer' }]);
    expect((await remove(organizer.userId)).statusCode).toBe(204);
    const own = await t.app.inject({ url: api('/conversations/tiimi/team'), headers: { cookie: organizer.cookie } });
    expect(outcome(own)).toEqual([403, 'forbidden']);
    expect((await team(second)).members.map((m) => m.email)).toEqual(['toinen@hel.fi']);
    expect(outcome(await remove(second.userId, second))).toEqual([409, 'last_organizer']);
  });

  it('revokes an unused invite, whose link then answers like an unknown one', async () => {
    const { token } = await invite('mod@hel.fi');
    const kept = await invite('pysyy@hel.fi');
    const id = (await team()).invites.find((i) => i.email === 'mod@hel.fi')!.id;
    const res = await revoke(id);
    expect(res.statusCode, res.body).toBe(204);
    expect(outcome(await t.app.inject({ url: api(`/invites/${token}`) }))).toEqual([404, 'invite_not_found']);
    expect(outcome(await accept(token))).toEqual([404, 'invite_not_found']);
    expect((await team()).invites.map((i) => i.email)).toEqual(['pysyy@hel.fi']);
    expect((await auditActions())[0]).toMatchObject({ action: 'invite_revoked', details: { email: 'mod@hel.fi', role: 'moderator' } });
    expect((await t.app.inject({ url: api(`/invites/${kept.token}`) })).statusCode).toBe(200);
  });

  it('refuses to revoke an accepted, unknown or other conversation\'s invite, changing nothing', async () => {
    const { token } = await invite('mod@hel.fi');
    const id = (await team()).invites[0]!.id;
    await staffBrowser(t, 'admin@hel.fi', [], { isAdmin: true });
    expect((await accept(token)).statusCode).toBe(200);
    const open = await invite('auki@hel.fi');
    const openId = (await team()).invites[0]!.id;
    await t.db.store.users.grantRole(organizer.userId, otherId, 'organizer');
    const before = databaseDump(t);
    expect(outcome(await revoke(id))).toEqual([404, 'invite_not_found']);
    expect(outcome(await revoke('ei-ole'))).toEqual([404, 'invite_not_found']);
    expect(outcome(await revoke(openId, 'toinen'))).toEqual([404, 'invite_not_found']);
    expect(databaseDump(t)).toBe(before);
    expect((await t.app.inject({ url: api(`/invites/${open.token}`) })).statusCode).toBe(200);
  });
});
