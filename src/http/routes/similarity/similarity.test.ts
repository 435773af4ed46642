import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';

const SLUG = 'helsinki-osallisuus-2026';
const similar = (t: TestServer, query: string, cookie?: string) =>
  t.app.inject({ url: `/api/v1/conversations/${SLUG}/similar?${query}`, headers: cookie ? { cookie } : {} });

describe('similar statements over HTTP', () => {
  let t: TestServer;
  let seed: { id: string; text: string; translations: Record<string, string> };
  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
    [seed] = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/statements` })).json().statements;
  });
  afterEach(() => t.close());

  it('finds a seed statement from a rewording, and from its Swedish translation', async () => {
    const fi = (await similar(t, `text=${encodeURIComponent(seed.text)}&lang=fi&limit=3`)).json();
    expect(fi[0]).toMatchObject({ statementId: seed.id, lang: 'fi' });
    expect(fi[0].score).toBeGreaterThan(0.9);
    expect(fi.length).toBeLessThanOrEqual(3);
    const sv = (await similar(t, `text=${encodeURIComponent(seed.translations.sv!)}&lang=sv`)).json();
    expect(sv[0]).toMatchObject({ statementId: seed.id, lang: 'sv' });
  });

  it('shows pending statements to the conversation\'s moderators only', async () => {
    const text = 'Kaupungin pitäisi järjestää asukasiltoja jokaisessa kaupunginosassa kerran kuussa';
    await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${SLUG}/statements`, payload: { text, lang: 'fi' } });
    const q = `text=${encodeURIComponent(text)}&lang=fi`;
    const asParticipant = (await similar(t, q)).json() as { text: string }[];
    expect(asParticipant.map((s) => s.text)).not.toContain(text);
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    const mod = await makeUser(t.db.store, { email: 'm@hel.fi', passwordHash: 'plain:moderaattori-123' });
    await t.db.store.users.grantRole(mod.id, conversation.id, 'moderator');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'm@hel.fi', password: 'moderaattori-123' } });
    const cookie = `sopu_session=${login.cookies.find((c) => c.name === 'sopu_session')!.value}`;
    const asModerator = (await similar(t, q, cookie)).json() as { text: string }[];
    expect(asModerator[0]!.text).toBe(text);
    const queue = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/moderation/queue`, headers: { cookie } })).json();
    expect(queue.items[0].nearest.length).toBeGreaterThan(0);
    expect(queue.items[0].nearest.map((n: { statementId: string }) => n.statementId)).not.toContain(queue.items[0].statement.id);
    expect(queue.items[0].nearest.every((n: { status: string }) => n.status === 'published')).toBe(true);

    // A second pending statement finds the first among its nearest, marked as pending.
    await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${SLUG}/statements`, payload: { text: `${text} ja kuunnella niissä asukkaita`, lang: 'fi' } });
    const again = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/moderation/queue`, headers: { cookie } })).json();
    const first = again.items[0].statement.id as string;
    expect(again.items[1].nearest).toContainEqual(expect.objectContaining({ statementId: first, status: 'pending' }));
  });

  it('refuses a bad language or limit with a stable code', async () => {
    expect((await similar(t, 'text=x&lang=de')).json().error.code).toBe('validation_failed');
    expect((await similar(t, 'text=x&lang=fi&limit=many')).json().error.code).toBe('validation_failed');
    expect((await similar(t, `text=${'a'.repeat(1001)}&lang=fi`)).statusCode).toBe(400);
    expect((await similar(t, 'text=&lang=fi')).json()).toEqual([]);
  });
});
