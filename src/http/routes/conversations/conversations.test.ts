import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../../../../test/support/http.js';

describe('conversations over HTTP', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
  });
  afterEach(() => t.close());

  it('lists the demo conversation with its titles in Finnish, Swedish and English', async () => {
    const res = await t.app.inject({ url: '/api/v1/conversations' });
    expect(res.statusCode).toBe(200);
    const [demo] = res.json().conversations;
    expect(demo.id).toBe('helsinki-osallisuus-2026');
    expect(demo.languages).toEqual(['fi', 'sv', 'en']);
    for (const lang of ['fi', 'sv', 'en']) expect(demo.texts[lang].title.length).toBeGreaterThan(5);
    expect(demo.texts.fi.question).toBe('Millaisia osallistamisen keinoja Helsingissä tulisi olla tulevaisuudessa?');
    expect(demo.texts.sv.rules).toHaveLength(3);
    expect(demo.phase).toBe('open');
    expect(demo.settings.segmentQuestion.options.length).toBeGreaterThanOrEqual(5);
  });

  it('shows one conversation with its phase moving with the clock', async () => {
    const get = async () => (await t.app.inject({ url: '/api/v1/conversations/helsinki-osallisuus-2026' })).json();
    const c = await get();
    expect(c.phase).toBe('open');
    t.clock.set(Date.parse(c.schedule.statementsCloseAt));
    expect((await get()).phase).toBe('voting_only');
    t.clock.set(Date.parse(c.schedule.closesAt));
    expect((await get()).phase).toBe('closed');
    const missing = await t.app.inject({ url: '/api/v1/conversations/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('conversation_not_found');
  });

  it('seeds about 25 published seed statements with Swedish and English translations', async () => {
    const { statements } = (await t.app.inject({ url: '/api/v1/conversations/helsinki-osallisuus-2026/statements' })).json();
    expect(statements.length).toBeGreaterThanOrEqual(20);
    for (const s of statements) {
      expect(s.isSeed).toBe(true);
      expect(s.lang).toBe('fi');
      expect(Object.keys(s.translations).sort()).toEqual(['en', 'sv']);
    }
  });
});
