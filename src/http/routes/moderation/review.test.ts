import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR } from '../../../../test/support/factories.js';
import { cookieFrom, testServer, type TestServer } from '../../../../test/support/http.js';
import { api, databaseDump, openConversation, participantCookie, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';
import { soleLeader } from '../../../infra/math/leadership.js';
import { MathHost } from '../../../infra/math/math-host.js';

const SLUG = 'moderointi';

describe('undo, withdraw, decided lists, service level and bans over HTTP', () => {
  let t: TestServer;
  let moderator: StaffBrowser;
  let participant: string;
  let host: MathHost | undefined;

  beforeEach(async () => {
    t = await testServer();
    const c = await openConversation(t, SLUG);
    moderator = await staffBrowser(t, 'mod@hel.fi', [{ conversationId: c.id, role: 'moderator' }], { displayName: 'Maija' });
    participant = await participantCookie(t, SLUG);
  });
  afterEach(async () => {
    await host?.stop();
    host = undefined;
    await t.close();
  });

  const write = async (text: string, cookie = participant) => {
    const res = await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/statements`), headers: { cookie }, payload: { text, lang: 'fi' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().statement.id as string;
  };
  const decide = (payload: object) =>
    t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/moderation/decisions`), headers: moderator.change, payload });
  const get = (path: string) => t.app.inject({ url: api(`/conversations/${SLUG}${path}`), headers: { cookie: moderator.cookie } });

  it('shows the author in the queue, withdraws a published statement and undoes decisions back to the queue', async () => {
    const a = await write('Kirjastoihin pidemmät aukioloajat');
    const queued = (await get('/moderation/queue')).json().items[0];
    expect(queued.authorParticipantId).toEqual(expect.any(String));
    expect(queued.statement.authorParticipantId).toBe(queued.authorParticipantId);

    expect((await decide({ statementIds: [a], action: 'publish' })).json().statements[0]).toMatchObject({ status: 'published', decidedAt: expect.any(String) });
    const noReason = await decide({ statementIds: [a], action: 'withdraw' });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, 'invalid_reason']);
    const withdrawn = await decide({ statementIds: [a], action: 'withdraw', reason: 'false_claim' });
    expect(withdrawn.json().statements[0]).toMatchObject({ status: 'withdrawn', rejectionReason: 'false_claim' });
    const twice = await decide({ statementIds: [a], action: 'withdraw', reason: 'false_claim' });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'invalid_transition']);

    const undone = await decide({ statementIds: [a], action: 'undo' });
    expect(undone.json().statements[0]).toMatchObject({ status: 'pending', rejectionReason: null, decidedAt: null });
    expect((await get('/moderation/queue')).json().items.map((i: { statement: { id: string } }) => i.statement.id)).toEqual([a]);
    const nothingToUndo = await decide({ statementIds: [a], action: 'undo' });
    expect([nothingToUndo.statusCode, nothingToUndo.json().error.code]).toEqual([409, 'invalid_transition']);

    const audit = (await get('/audit')).json().entries;
    expect(audit.map((e: { action: string; details: { from: string; to: string } }) => [e.action, e.details.from, e.details.to])).toEqual([
      ['undo', 'withdrawn', 'pending'],
      ['withdraw', 'published', 'withdrawn'],
      ['publish', 'pending', 'published'],
    ]);
    expect(audit[2].actorName).toBe('Maija');
  });

  it('lists decided statements by status, the newest decision first', async () => {
    const [a, b, c] = [await write('Ensimmäinen väite puistoista'), await write('Toinen väite kirjastoista'), await write('Kolmas väite busseista')];
    await decide({ statementIds: [a], action: 'publish' });
    t.clock.advance(1000);
    await decide({ statementIds: [b], action: 'reject', reason: 'off_topic' });
    t.clock.advance(1000);
    await decide({ statementIds: [c], action: 'publish' });
    const ids = async (query: string) => (await get(`/moderation/decided${query}`)).json().statements.map((s: { id: string }) => s.id);
    expect(await ids('')).toEqual([c, b, a]);
    expect(await ids('?status=published')).toEqual([c, a]);
    expect(await ids('?status=rejected')).toEqual([b]);
    expect((await get('/moderation/decided?status=rejected')).json().statements[0]).toMatchObject({ decidedBy: moderator.userId, decidedByName: 'Maija' });
    const bad = await get('/moderation/decided?status=pending');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'validation_failed']);
  });

  it('gives queue, overdue and the service level in weekday hours, in all and per moderator', async () => {
    const other = await staffBrowser(t, 'toinen@hel.fi', [], { displayName: 'Toinen' });
    await t.db.store.users.grantRole(other.userId, (await t.db.store.conversations.findBySlug(SLUG))!.id, 'organizer');
    const a = await write('Väite yksi kaupungista');
    const b = await write('Väite kaksi kaupungista');
    await write('Väite kolme jää jonoon');
    t.clock.advance(3 * HOUR);
    await decide({ statementIds: [a], action: 'publish' });
    t.clock.advance(2 * HOUR);
    await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/moderation/decisions`), headers: other.change, payload: { statementIds: [b], action: 'reject', reason: 'offensive' } });
    const stats = (await get('/moderation/stats')).json();
    expect(stats).toEqual({
      pending: 1,
      overdue: 0,
      decided: 2,
      withinTargetShare: 1,
      medianHoursToDecision: 4,
      perModerator: [
        { userId: moderator.userId, displayName: 'Maija', decided: 1, withinTargetShare: 1, medianHoursToDecision: 3 },
        { userId: other.userId, displayName: 'Toinen', decided: 1, withinTargetShare: 1, medianHoursToDecision: 5 },
      ].sort((x, y) => x.userId.localeCompare(y.userId)),
    });
    // Monday 10:00 + 30 weekday hours: Tuesday 16:00 is past the target.
    t.clock.advance(25 * HOUR);
    // Sessions last 12 hours: a fresh login.
    const fresh = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email: 'mod@hel.fi', password: 'salasana-mod@hel.fi' } });
    const cookie = `sopu_session=${fresh.cookies.find((c) => c.name === 'sopu_session')!.value}`;
    const later = await t.app.inject({ url: api(`/conversations/${SLUG}/moderation/stats`), headers: { cookie } });
    expect(later.json()).toMatchObject({ pending: 1, overdue: 1 });
  });

  it('bans a participant: pending statements rejected, no more voting, votes out of the math, logged', async () => {
    host = new MathHost({ store: t.db.store, leadership: soleLeader, pollMs: 20, minIntervalMs: 20, factsRefreshMs: 20 });
    await host.start();
    const seeded = await t.db.store.conversations.findBySlug(SLUG);
    const seed = { id: 'seed-1', conversationId: seeded!.id, lang: 'fi' as const, text: 'Siemen', duplicateKey: 'siemen', status: 'published' as const, isSeed: true, authorParticipantId: null, authorUserId: null, createdAt: t.clock.now() };
    await t.db.store.statements.create(seed);
    const vote = (cookie: string | undefined, requestId: string) =>
      t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/votes`), headers: cookie ? { cookie } : {}, payload: { statementId: seed.id, value: 'agree', requestId } });
    await vote(participant, 'r1');
    const other = cookieFrom(await vote(undefined, 'r2'));
    expect(other).toBeTruthy();
    const mathParticipants = async () => (await t.db.store.snapshots.latest(seeded!.id))?.participants;
    await until(async () => (await mathParticipants()) === 2);

    const spam = await write('Mainos mainos mainos');
    const pid = (await get('/moderation/queue')).json().items[0].authorParticipantId;
    const ban = await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/participants/${pid}/ban`), headers: moderator.change, payload: { reason: 'tulva' } });
    expect(ban.statusCode, ban.body).toBe(204);
    expect((await get('/moderation/queue')).json().items).toEqual([]);
    const spamNow = (await get('/moderation/decided?status=rejected')).json().statements[0];
    expect(spamNow).toMatchObject({ id: spam, rejectionReason: 'other', rejectionNote: 'Author banned: tulva' });
    const refused = await vote(participant, 'r3');
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'participant_banned']);
    await until(async () => (await mathParticipants()) === 1);

    const before = databaseDump(t);
    // Banning again changes nothing; the body may be left out.
    expect((await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/participants/${pid}/ban`), headers: moderator.change })).statusCode).toBe(204);
    const missing = await t.app.inject({ method: 'POST', url: api(`/conversations/${SLUG}/participants/ei-ole/ban`), headers: moderator.change, payload: {} });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'participant_not_found']);
    expect(databaseDump(t)).toBe(before);
    const audit = (await get('/audit')).json().entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['ban', 'reject']);
  });
});

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
