import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer, cookieFrom, type TestServer } from '../../../../test/support/http.js';

const SLUG = 'helsinki-osallisuus-2026';
const url = (path = '') => `/api/v1/conversations/${SLUG}${path}`;

describe('writing statements over HTTP', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
  });
  afterEach(() => t.close());

  const write = (body: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url: url('/statements'), payload: body, headers: cookie ? { cookie } : {} });

  it('takes a statement as pending under pre-moderation, cleaned to NFC, and does not publish it', async () => {
    const res = await write({ text: '  Kirjastoissa pitäisi olla  päättäjien vastaanottoja. ', lang: 'fi' });
    expect(res.statusCode).toBe(201);
    const { statement } = res.json();
    expect(statement).toMatchObject({ status: 'pending', lang: 'fi', text: 'Kirjastoissa pitäisi olla päättäjien vastaanottoja.', isSeed: false });
    const published = (await t.app.inject({ url: url('/statements') })).json().statements.map((s: { id: string }) => s.id);
    expect(published).not.toContain(statement.id);
    const decomposed = await write({ text: 'Pa\u0308a\u0308to\u0308kset selkea\u0308lla\u0308 kielella\u0308', lang: 'fi' }, cookieFrom(res));
    expect(decomposed.json().statement.text).toBe('Päätökset selkeällä kielellä');
  });

  it('refuses an exact duplicate of a published statement, in any case and punctuation, naming it', async () => {
    const [first] = (await t.app.inject({ url: url('/statements') })).json().statements;
    const shouted = `${first.text.toUpperCase().replace(/[.!?]$/, '')}!!`;
    const res = await write({ text: shouted, lang: 'fi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'duplicate_statement', statementId: first.id });
    const viaTranslation = await write({ text: first.translations.sv, lang: 'sv' });
    expect(viaTranslation.json().error).toMatchObject({ code: 'duplicate_statement', statementId: first.id });
  });

  it('refuses statements after statementsCloseAt with 409 statements_closed', async () => {
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    t.clock.set(conversation.schedule.statementsCloseAt!);
    const res = await write({ text: 'Myöhässä tullut väite', lang: 'fi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('statements_closed');
    expect((await t.db.store.statements.countByStatus(conversation.id)).pending).toBe(0);
  });

  it('enforces the length limit, refuses control characters and empty text, with stable codes', async () => {
    const tooLong = await write({ text: 'ä'.repeat(201), lang: 'fi' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'statement_too_long', maxLength: 200, length: 201 });
    expect((await write({ text: 'ä'.repeat(200), lang: 'fi' })).statusCode).toBe(201);
    expect((await write({ text: 'bell\u0007', lang: 'fi' })).json().error.code).toBe('invalid_text');
    expect((await write({ text: ' \n\t ', lang: 'fi' })).json().error.code).toBe('statement_empty');
    expect((await write({ text: 'Hei', lang: 'de' })).json().error.code).toBe('validation_failed');
    expect((await write({ text: 42, lang: 'fi' })).json().error.code).toBe('validation_failed');
  });
});
