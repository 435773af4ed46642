import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api, databaseDump, openConversation, participantCookie, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';

const NEW = {
  slug: 'uusi-keskustelu',
  languages: ['fi', 'sv', 'en'],
  texts: {
    fi: { title: 'Uusi', question: 'Miten?', description: 'Kuvaus', contact: 'osallisuus@hel.fi' },
    sv: { title: 'Ny', question: 'Hur?' },
    en: { title: 'New', question: 'How?' },
  },
  schedule: { opensAt: '2026-02-01T07:00:00.000Z', statementsCloseAt: '2026-02-10T20:00:00.000Z', closesAt: '2026-02-15T20:00:00.000Z' },
  settings: { statementMaxLength: 150, segmentQuestion: { question: { fi: 'Osallistun' }, options: [{ id: 'resident', label: { fi: 'asukkaana' } }] } },
};

describe('organizer tools over HTTP', () => {
  let t: TestServer;
  let organizer: StaffBrowser;
  let conversationId: string;

  beforeEach(async () => {
    t = await testServer();
    const c = await openConversation(t, 'olemassa');
    conversationId = c.id;
    organizer = await staffBrowser(t, 'org@hel.fi', [{ conversationId: c.id, role: 'organizer' }], { displayName: 'Olli Organisoija' });
  });
  afterEach(() => t.close());

  const create = (headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: api('/conversations'), headers, payload });
  const patch = (headers: Record<string, string>, payload: object, slug = 'olemassa') =>
    t.app.inject({ method: 'PATCH', url: api(`/conversations/${slug}`), headers, payload });

  it('creates a draft-to-open conversation in three languages, with the creator as its organizer', async () => {
    t.clock.advance(60_000);
    const res = await create(organizer.change, NEW);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe('/api/v1/conversations/uusi-keskustelu');
    const body = res.json();
    expect(body).toMatchObject({
      id: 'uusi-keskustelu',
      languages: ['fi', 'sv', 'en'],
      phase: 'draft',
      schedule: NEW.schedule,
      settings: { statementMaxLength: 150, moderation: 'pre' },
      logoUrl: null,
    });
    // Rules are prefilled with the three public rules in each language.
    expect(body.texts.sv.rules).toHaveLength(3);
    const list = (await t.app.inject({ url: api('/staff/conversations'), headers: { cookie: organizer.cookie } })).json();
    expect(list.conversations.map((c: { conversation: { id: string }; role: string }) => [c.conversation.id, c.role])).toEqual([
      ['uusi-keskustelu', 'organizer'],
      ['olemassa', 'organizer'],
    ]);
    const session = (await t.app.inject({ url: api('/session'), headers: { cookie: organizer.cookie } })).json();
    expect(session.conversations).toContainEqual({ id: 'uusi-keskustelu', role: 'organizer' });
  });

  it('refuses a taken slug, a bad slug, bad languages, schedule and settings, creating nothing', async () => {
    const before = databaseDump(t);
    const cases: [object, number, string][] = [
      [{ ...NEW, slug: 'olemassa' }, 409, 'slug_taken'],
      [{ ...NEW, slug: 'Ei Kelpaa' }, 400, 'validation_failed'],
      [{ ...NEW, languages: [] }, 400, 'validation_failed'],
      [{ ...NEW, languages: ['fi', 'fi'] }, 400, 'invalid_language'],
      [{ ...NEW, languages: ['de'] }, 400, 'validation_failed'],
      [{ ...NEW, schedule: { ...NEW.schedule, closesAt: '2026-01-01T00:00:00.000Z' } }, 400, 'invalid_schedule'],
      [{ ...NEW, schedule: { ...NEW.schedule, opensAt: 'huomenna' } }, 400, 'validation_failed'],
      [{ ...NEW, settings: { accentColor: 'punainen' } }, 400, 'validation_failed'],
      [{ ...NEW, settings: { statementMaxLength: 3 } }, 400, 'validation_failed'],
      [{ ...NEW, texts: { fi: { title: 'x'.repeat(201) } } }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await create(organizer.change, payload);
      expect([res.statusCode, res.json().error.code], JSON.stringify(payload).slice(0, 120)).toEqual([status, code]);
    }
    expect(databaseDump(t)).toBe(before);
  });

  it('lets an administrator create conversations, but not a moderator-only user', async () => {
    const admin = await staffBrowser(t, 'admin@hel.fi', [], { isAdmin: true });
    expect((await create(admin.change, NEW)).statusCode).toBe(201);
    const moderatorOnly = await staffBrowser(t, 'mod@hel.fi', [{ conversationId, role: 'moderator' }]);
    const refused = await create(moderatorOnly.change, { ...NEW, slug: 'toinen' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
    const session = (await t.app.inject({ url: api('/session'), headers: { cookie: admin.cookie } })).json();
    expect(session.conversations.map((c: { role: string }) => c.role)).toEqual(['organizer', 'organizer']);
  });

  it('edits texts, schedule and settings, closes and re-opens, and logs old and new values', async () => {
    const res = await patch(organizer.change, {
      texts: { sv: { title: 'Nytt namn' } },
      settings: { moderation: 'post', accentColor: '#0072C6' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ texts: { sv: { title: 'Nytt namn', question: '' }, fi: { title: 'Keskustelu olemassa' } }, settings: { moderation: 'post', accentColor: '#0072c6' } });
    const closed = await patch(organizer.change, { closed: true });
    expect(closed.json().phase).toBe('closed');
    const reopened = await patch(organizer.change, { closed: false });
    expect(reopened.json().phase).toBe('open');
    const unchanged = await patch(organizer.change, { closed: false });
    expect(unchanged.statusCode).toBe(200);

    // The log comes newest first; read oldest first, in the order the changes were made.
    const audit = (await t.app.inject({ url: api('/conversations/olemassa/audit'), headers: { cookie: organizer.cookie } })).json().entries.reverse();
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['settings', 'settings', 'settings']);
    expect(audit[0]).toMatchObject({ actorName: 'Olli Organisoija' });
    expect(audit[0].details.settings.old).toMatchObject({ moderation: 'pre', accentColor: null });
    expect(audit[0].details.settings.new).toMatchObject({ moderation: 'post', accentColor: '#0072c6' });
    expect(Object.keys(audit[0].details).sort()).toEqual(['settings', 'texts.sv']);
    expect(audit[0].details['texts.sv']).toMatchObject({ old: { title: 'Samtal olemassa' }, new: { title: 'Nytt namn' } });
    expect(audit[1].details).toEqual({ closedManually: { old: false, new: true } });
  });

  it('takes back the whole conversation as an editor form sends it, logging nothing when nothing changed', async () => {
    const current = (await t.app.inject({ url: api('/conversations/olemassa') })).json();
    const before = databaseDump(t);
    const { languages, texts, schedule, settings } = current;
    const res = await patch(organizer.change, { languages, texts, schedule, settings, closed: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(current);
    expect(databaseDump(t)).toBe(before);
  });

  it('refuses a bad edit and changes nothing', async () => {
    const before = databaseDump(t);
    const cases: [object, number, string][] = [
      [{ schedule: { opensAt: '2026-02-01T00:00:00.000Z', statementsCloseAt: null, closesAt: '2026-01-01T00:00:00.000Z' } }, 400, 'invalid_schedule'],
      [{ languages: ['fi'], texts: { sv: { title: 'Ny' } } }, 400, 'invalid_language'],
      [{ settings: { segmentQuestion: { question: { fi: 'Kuka?' }, options: [] } } }, 400, 'validation_failed'],
      [{ closed: 'yes' }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await patch(organizer.change, payload);
      expect([res.statusCode, res.json().error.code], JSON.stringify(payload)).toEqual([status, code]);
    }
    const missing = await patch(organizer.change, { closed: true }, 'ei-ole');
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'conversation_not_found']);
    expect(databaseDump(t)).toBe(before);
  });

  it('adds seed statements in bulk with translations, all or none', async () => {
    const url = api('/conversations/olemassa/seed-statements');
    const seeds = [
      { lang: 'fi', text: 'Lisää leikkipuistoja', translations: { sv: 'Fler lekparker', en: 'More playgrounds' } },
      { lang: 'sv', text: 'Bättre cykelvägar' },
    ];
    const res = await t.app.inject({ method: 'POST', url, headers: organizer.change, payload: { statements: seeds } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().statements).toEqual([
      expect.objectContaining({ text: 'Lisää leikkipuistoja', isSeed: true, status: 'published', translations: { sv: 'Fler lekparker', en: 'More playgrounds' } }),
      expect.objectContaining({ text: 'Bättre cykelvägar', lang: 'sv', isSeed: true }),
    ]);
    const before = databaseDump(t);
    const again = await t.app.inject({ method: 'POST', url, headers: organizer.change, payload: { statements: [{ lang: 'fi', text: 'Uusi' }, { lang: 'fi', text: 'LISÄÄ leikkipuistoja!' }] } });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'duplicate_statement']);
    const tooLong = await t.app.inject({ method: 'POST', url, headers: organizer.change, payload: { statements: [{ lang: 'fi', text: 'x'.repeat(201) }] } });
    expect([tooLong.statusCode, tooLong.json().error.code]).toEqual([400, 'statement_too_long']);
    const empty = await t.app.inject({ method: 'POST', url, headers: organizer.change, payload: { statements: [] } });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'validation_failed']);
    expect(databaseDump(t)).toBe(before);
  });

  it('shows the dashboard: counts, rejections by reason, votes per Helsinki day and the service level', async () => {
    const seeded = await t.app.inject({
      method: 'POST',
      url: api('/conversations/olemassa/seed-statements'),
      headers: organizer.change,
      payload: { statements: [{ lang: 'fi', text: 'Siemen yksi' }] },
    });
    const seedId = seeded.json().statements[0].id;
    const cookie = await participantCookie(t, 'olemassa');
    const write = async (text: string) =>
      (await t.app.inject({ method: 'POST', url: api('/conversations/olemassa/statements'), headers: { cookie }, payload: { text, lang: 'fi' } })).json().statement.id;
    const a = await write('Ensimmäinen oma väite tässä');
    const b = await write('Toinen oma väite puistoista');
    await t.app.inject({ method: 'POST', url: api('/conversations/olemassa/votes'), headers: { cookie }, payload: { statementId: seedId, value: 'agree', requestId: 'r1' } });
    t.clock.advance(2 * HOUR);
    const decide = (payload: object) => t.app.inject({ method: 'POST', url: api('/conversations/olemassa/moderation/decisions'), headers: organizer.change, payload });
    expect((await decide({ statementIds: [a], action: 'reject', reason: 'duplicate', duplicateOf: seedId })).statusCode).toBe(200);
    t.clock.advance(8 * HOUR);
    expect((await decide({ statementIds: [b], action: 'publish' })).statusCode).toBe(200);

    const res = await t.app.inject({ url: api('/conversations/olemassa/dashboard'), headers: { cookie: organizer.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      participants: 1,
      voters: 1,
      votes: 1,
      statements: { submitted: 3, published: 2, pending: 0, rejected: 1, withdrawn: 0, rejectedByReason: { duplicate: 1, offensive: 0 } },
      votesOverTime: [{ day: '2026-01-19', votes: 1, participants: 1, statements: 2 }],
      math: null,
      moderation: { pending: 0, overdue: 0, decided: 2, withinTargetShare: 1, medianHoursToDecision: 6 },
    });
    expect(d.moderation.perModerator).toEqual([
      { userId: organizer.userId, displayName: 'Olli Organisoija', decided: 2, withinTargetShare: 1, medianHoursToDecision: 6 },
    ]);
  });
});
