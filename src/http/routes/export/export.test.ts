import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversation } from '../../../app/conversations/create-conversation.js';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import { seedExportConversation } from '../../../../test/support/export-fixture.js';
import { DAY, T0, makeUser } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';

const api = (path: string) => `/api/v1${path}`;
const SEATTLE = join(dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/polis-open-data/15-per-hour-seattle');
const POLIS_COMMENTS = 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body';

function seattleZip(): Uint8Array {
  const files = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'];
  return zipSync(Object.fromEntries(files.map((f) => [`15-per-hour-seattle/${f}`, new Uint8Array(readFileSync(join(SEATTLE, f)))])));
}

describe('the Pol.is export and import over HTTP', () => {
  let t: TestServer;
  let conversation: Conversation;

  beforeEach(async () => {
    t = await testServer({ now: T0 + DAY });
    conversation = await createConversation(t.deps, {
      slug: 'kysely',
      languages: ['fi', 'sv'],
      texts: { fi: { title: 'Kysely' } },
      schedule: { opensAt: T0, statementsCloseAt: T0 + 6 * DAY, closesAt: T0 + 13 * DAY },
      settings: { resultsVisibility: 'after' },
    });
    await seedExportConversation(t.db.store, conversation.id);
    const other = await createConversation(t.deps, { slug: 'toinen', languages: ['fi'], texts: {}, schedule: { opensAt: T0, statementsCloseAt: null, closesAt: null } });
    const moderator = await makeUser(t.db.store, { email: 'mod@hel.fi', passwordHash: 'plain:moderaattori-salasana' });
    await t.db.store.users.grantRole(moderator.id, conversation.id, 'moderator');
    const organizer = await makeUser(t.db.store, { email: 'org@hel.fi', passwordHash: 'plain:jarjestaja-salasana' });
    await t.db.store.users.grantRole(organizer.id, other.id, 'organizer');
  });
  afterEach(() => t.close());

  async function logIn(email: string, password: string) {
    const res = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    const set = res.cookies.find((c) => c.name === 'sopu_session')!;
    return { cookie: `sopu_session=${set.value}`, csrf: res.json().csrfToken as string };
  }
  const asModerator = async () => ({ cookie: (await logIn('mod@hel.fi', 'moderaattori-salasana')).cookie });

  it('serves the zip to the conversation\'s staff, with every file inside', async () => {
    const res = await t.app.inject({ url: api('/conversations/kysely/export'), headers: await asModerator() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kysely-polis-export.zip"');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(['comment-groups.csv', 'comments.csv', 'math.json', 'participant-votes.csv', 'summary.csv', 'votes.csv']);
    expect(strFromU8(files['comments.csv']!)).toContain('Matti Meikäläinen');
    expect(strFromU8(files['summary.csv']!)).toContain('url,http://localhost:80/fi/c/kysely\r\n');
    expect(JSON.parse(strFromU8(files['math.json']!)).version).toBe(1);
  });

  it('serves single files as UTF-8 CSV, and math.json as JSON', async () => {
    const headers = await asModerator();
    const comments = await t.app.inject({ url: api('/conversations/kysely/export/comments.csv'), headers });
    expect(comments.statusCode).toBe(200);
    expect(comments.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(comments.headers['content-disposition']).toBe('attachment; filename="kysely-comments.csv"');
    expect(comments.body.startsWith(`${POLIS_COMMENTS},`)).toBe(true);
    expect(comments.body).toContain('Kaupungin pitää kuunnella asukkaita');
    for (const name of ['votes.csv', 'participant-votes.csv', 'comment-groups.csv', 'summary.csv']) {
      const res = await t.app.inject({ url: api(`/conversations/kysely/export/${name}`), headers });
      expect(res.statusCode, name).toBe(200);
      expect(res.headers['content-type'], name).toBe('text/csv; charset=utf-8');
    }
    expect((await t.app.inject({ url: api('/conversations/kysely/export/votes.csv'), headers })).body.split('\r\n')).toHaveLength(8 + 2);
    const math = await t.app.inject({ url: api('/conversations/kysely/export/math.json'), headers });
    expect(math.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(math.json()).toMatchObject({ format: 'sopu-math/1', conversation: 'kysely' });

    const unknown = await t.app.inject({ url: api('/conversations/kysely/export/secrets.csv'), headers });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not_found']);
    const missing = await t.app.inject({ url: api('/conversations/ei-ole/export/comments.csv'), headers });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'conversation_not_found']);
    const noMath = await t.app.inject({ url: api('/conversations/toinen/export/math.json'), headers: (await logIn('org@hel.fi', 'jarjestaja-salasana')) });
    expect([noMath.statusCode, noMath.json().error.code]).toEqual([404, 'not_found']);
  });

  it('refuses the public while the results are not public, and serves it the public part once they are', async () => {
    for (const url of [api('/conversations/kysely/export'), api('/conversations/kysely/export/comments.csv')]) {
      const anon = await t.app.inject({ url });
      expect([anon.statusCode, anon.json().error.code]).toEqual([401, 'not_authenticated']);
      const participant = await t.app.inject({ url, headers: { cookie: `sopu_participant=${'p'.repeat(43)}` } });
      expect([participant.statusCode, participant.json().error.code]).toEqual([403, 'forbidden']);
    }
    // An organizer of another conversation has no rights in this one; an instance administrator has.
    const outsider = await t.app.inject({ url: api('/conversations/kysely/export'), headers: await logIn('org@hel.fi', 'jarjestaja-salasana') });
    expect([outsider.statusCode, outsider.json().error.code]).toEqual([403, 'forbidden']);
    await makeUser(t.db.store, { email: 'admin@hel.fi', passwordHash: 'plain:yllapitaja-salasana', isAdmin: true });
    const admin = await t.app.inject({ url: api('/conversations/kysely/export/comments.csv'), headers: await logIn('admin@hel.fi', 'yllapitaja-salasana') });
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain('Nimeää henkilön');

    t.clock.set(T0 + 14 * DAY); // closed: results shown "after"
    const zip = await t.app.inject({ url: api('/conversations/kysely/export') });
    expect(zip.statusCode).toBe(200);
    const comments = strFromU8(unzipSync(new Uint8Array(zip.rawPayload))['comments.csv']!);
    expect(comments).toContain('Kaupungin pitää kuunnella asukkaita');
    expect(comments).not.toContain('Meikäläinen');
    expect(comments).not.toContain('Nimeää henkilön');
    expect((await t.app.inject({ url: api('/conversations/kysely/export/votes.csv') })).statusCode).toBe(200);
  });

  it('documents the export and import in the OpenAPI document', async () => {
    const paths = (await t.app.inject({ url: '/api/openapi.json' })).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/api/v1/conversations/{id}/export', '/api/v1/conversations/{id}/export/{file}', '/api/v1/conversations/{id}/import']),
    );
  });

  describe('import', () => {
    const upload = (slug: string, headers: Record<string, string>, payload: Uint8Array | string = seattleZip(), query = '') =>
      t.app.inject({
        method: 'POST',
        url: api(`/conversations/${slug}/import${query}`),
        headers: { 'content-type': 'application/zip', ...headers },
        payload: typeof payload === 'string' ? payload : Buffer.from(payload),
      });

    it('creates a closed conversation from a Pol.is export zip, with the importer as its organizer', async () => {
      const { cookie, csrf } = await logIn('org@hel.fi', 'jarjestaja-salasana');
      const res = await upload('seattle', { cookie, 'x-csrf-token': csrf }, seattleZip(), '?strict=true');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.headers.location).toBe('/api/v1/conversations/seattle');
      expect(res.json()).toMatchObject({ statements: 54, participants: 339, votes: 2995, conversation: { id: 'seattle', languages: ['en'], phase: 'closed' } });
      expect(res.json().conversation.texts.en).toMatchObject({ title: '$15/hour', description: expect.stringContaining('minimum wage') });

      const exported = await t.app.inject({ url: api('/conversations/seattle/export/comments.csv'), headers: { cookie } });
      expect(exported.statusCode).toBe(200);
      expect(exported.body.split('\r\n')).toHaveLength(54 + 2);
      const again = await upload('seattle', { cookie, 'x-csrf-token': csrf });
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'slug_taken']);
    });

    it('takes Sopu\'s own export back: its language, title, statements and votes', async () => {
      const zip = await t.app.inject({ url: api('/conversations/kysely/export'), headers: await asModerator() });
      const { cookie, csrf } = await logIn('org@hel.fi', 'jarjestaja-salasana');
      const res = await upload('kopio', { cookie, 'x-csrf-token': csrf }, new Uint8Array(zip.rawPayload), '?strict=true');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ statements: 5, votes: 8, conversation: { languages: ['fi'], texts: { fi: { title: 'Kysely' } } } });
      const copy = (await t.db.store.conversations.findBySlug('kopio'))!;
      expect(await t.db.store.statements.countByStatus(copy.id)).toEqual({ pending: 1, published: 3, rejected: 1, withdrawn: 0 });
    });

    it('refuses anonymous users, a wrong CSRF token, moderators and bodies that are not a Pol.is zip', async () => {
      const anon = await upload('uusi', {});
      expect([anon.statusCode, anon.json().error.code]).toEqual([401, 'not_authenticated']);
      const { cookie, csrf } = await logIn('org@hel.fi', 'jarjestaja-salasana');
      const noCsrf = await upload('uusi', { cookie });
      expect([noCsrf.statusCode, noCsrf.json().error.code]).toEqual([403, 'csrf_failed']);
      const crossSite = await upload('uusi', { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' });
      expect([crossSite.statusCode, crossSite.json().error.code]).toEqual([403, 'csrf_failed']);
      const mod = await logIn('mod@hel.fi', 'moderaattori-salasana');
      const moderator = await upload('uusi', { cookie: mod.cookie, 'x-csrf-token': mod.csrf });
      expect([moderator.statusCode, moderator.json().error.code]).toEqual([403, 'forbidden']);

      const staff = { cookie, 'x-csrf-token': csrf };
      const notZip = await upload('uusi', staff, 'comment-id,comment-body\n1,x\n');
      expect([notZip.statusCode, notZip.json().error.code]).toEqual([400, 'invalid_polis_export']);
      const noComments = await upload('uusi', staff, zipSync({ 'votes.csv': new TextEncoder().encode('timestamp,comment-id,voter-id,vote\n') }));
      expect([noComments.statusCode, noComments.json().error.code]).toEqual([400, 'invalid_polis_export']);
      const json = await t.app.inject({ method: 'POST', url: api('/conversations/uusi/import'), headers: staff, payload: { a: 1 } });
      expect([json.statusCode, json.json().error.code]).toEqual([415, 'unsupported_media_type']);
      const badSlug = await upload('Ei Kelpaa', staff);
      expect(badSlug.statusCode).toBe(400);
      const huge = await upload('uusi', staff, new Uint8Array(16 * 1024 * 1024 + 1));
      expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'payload_too_large']);
      expect(await t.db.store.conversations.findBySlug('uusi')).toBeNull();
    });
  });
});
