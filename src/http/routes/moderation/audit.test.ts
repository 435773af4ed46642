import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0 } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api, openConversation, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';

const SLUG = 'lokikirja';

describe('the audit log over HTTP', () => {
  let t: TestServer;
  let moderator: StaffBrowser;
  let conversationId: string;

  beforeEach(async () => {
    t = await testServer();
    conversationId = (await openConversation(t, SLUG)).id;
    moderator = await staffBrowser(t, 'mod@hel.fi', [{ conversationId, role: 'moderator' }], { displayName: 'Maija' });
  });
  afterEach(() => t.close());

  /** Entries a1…a`count`, oldest first. */
  async function log(count: number) {
    for (let i = 1; i <= count; i++) {
      await t.db.store.audit.append({ conversationId, statementId: null, actorUserId: moderator.userId, action: `a${i}`, oldText: null, newText: null, details: {}, createdAt: T0 + i });
    }
  }
  const get = (query = '') => t.app.inject({ url: api(`/conversations/${SLUG}/audit${query}`), headers: { cookie: moderator.cookie } });
  const actions = (body: { entries: { action: string }[] }) => body.entries.map((e) => e.action);

  it('pages the log newest first, continuing before the oldest entry shown', async () => {
    await log(7);
    const first = (await get('?limit=3')).json();
    expect(actions(first)).toEqual(['a7', 'a6', 'a5']);
    expect(first.entries[0]).toMatchObject({ id: expect.any(Number), actorName: 'Maija', statementText: null });
    expect(first.nextBefore).toBe(first.entries[2].id);
    const second = (await get(`?limit=3&before=${first.nextBefore}`)).json();
    expect(actions(second)).toEqual(['a4', 'a3', 'a2']);
    const last = (await get(`?limit=3&before=${second.nextBefore}`)).json();
    expect(last).toMatchObject({ entries: [{ action: 'a1' }], nextBefore: null });
  });

  it('gives 100 entries unless asked otherwise, and at most 500', async () => {
    await log(600);
    const byDefault = (await get()).json();
    expect(byDefault.entries).toHaveLength(100);
    expect(byDefault.entries[0].action).toBe('a600');
    expect((await get('?limit=500')).json().entries).toHaveLength(500);
    const rest = (await get(`?limit=500&before=${(await get('?limit=500')).json().nextBefore}`)).json();
    expect([rest.entries.length, rest.nextBefore]).toEqual([100, null]);
  });

  it.each(['limit=0', 'limit=501', 'limit=abc', 'limit=-1', 'limit=1.5', 'before=0', 'before=-3', 'before=x', 'before=1e3', 'before=12345678901234567'])(
    'refuses %s with the API error shape',
    async (query) => {
      const res = await get(`?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.any(String) } });
    },
  );

  it('asks for a login before looking at the query', async () => {
    const res = await t.app.inject({ url: api(`/conversations/${SLUG}/audit?limit=0`) });
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'not_authenticated']);
  });
});
