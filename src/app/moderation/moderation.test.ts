import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { submitStatement } from '../statements/submit-statement.js';
import { addTranslation } from './add-translation.js';
import { editWording } from './edit-wording.js';
import { moderateStatement } from './moderate-statement.js';
import { createConversation } from '../conversations/create-conversation.js';
import type { User } from '../ports.js';

describe('moderating statements', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  let moderator: User;
  beforeEach(async () => {
    h = await appHarness();
    moderator = await makeUser(h.db.store);
    await h.db.store.users.grantRole(moderator.id, h.conversation.id, 'moderator');
  });
  afterEach(() => h.cleanup());

  const submit = (text: string) => submitStatement(h.deps, { slug: 'testi', participantKey: 'author', text, lang: 'fi' });

  it('publishes a pending statement and logs who did it', async () => {
    const s = await submit('Nuorille oma budjetti');
    const published = await moderateStatement(h.deps, { slug: 'testi', statementId: s.id, actor: moderator, decision: { action: 'publish' } });
    expect(published.status).toBe('published');
    expect((await h.db.store.statements.findById(h.conversation.id, s.id))!.status).toBe('published');
    const [entry] = await h.db.store.audit.list(h.conversation.id);
    expect(entry).toMatchObject({ action: 'publish', actorUserId: moderator.id, statementId: s.id, details: { from: 'pending', to: 'published' } });
  });

  it('rejects as a duplicate of an existing statement in the same conversation only', async () => {
    const original = await submit('Lisää penkkejä puistoihin');
    const twin = await submit('Puistoihin tarvitaan enemmän penkkejä');
    await expect(
      moderateStatement(h.deps, { slug: 'testi', statementId: twin.id, actor: moderator, decision: { action: 'reject', reason: 'duplicate', duplicateOf: 'unknown' } }),
    ).rejects.toMatchObject({ code: 'statement_not_found' });
    const rejected = await moderateStatement(h.deps, {
      slug: 'testi',
      statementId: twin.id,
      actor: moderator,
      decision: { action: 'reject', reason: 'duplicate', duplicateOf: original.id },
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'duplicate', duplicateOf: original.id });
    expect((await h.db.store.audit.list(h.conversation.id)).map((e) => e.action)).toEqual(['reject']);
  });

  it('gives a moderator of one conversation no rights in another', async () => {
    const other = await createConversation(h.deps, {
      slug: 'toinen',
      languages: ['fi'],
      texts: {},
      schedule: { opensAt: 0, statementsCloseAt: null, closesAt: null },
    });
    const s = await submitStatement(h.deps, { slug: 'toinen', participantKey: 'a', text: 'Väite', lang: 'fi' });
    await expect(
      moderateStatement(h.deps, { slug: other.slug, statementId: s.id, actor: moderator, decision: { action: 'publish' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moderateStatement(h.deps, { slug: other.slug, statementId: s.id, actor: null, decision: { action: 'publish' } })).rejects.toMatchObject({
      code: 'not_authenticated',
    });
    expect((await h.db.store.statements.findById(other.id, s.id))!.status).toBe('pending');
  });

  it('logs a corrected wording with the old and the new text', async () => {
    const s = await submit('Kirjastoihin lisaa aukioloaikoja');
    const edited = await editWording(h.deps, { slug: 'testi', statementId: s.id, actor: moderator, text: 'Kirjastoihin lisää aukioloaikoja' });
    expect(edited.text).toBe('Kirjastoihin lisää aukioloaikoja');
    const [entry] = await h.db.store.audit.list(h.conversation.id);
    expect(entry).toMatchObject({ action: 'edit_wording', oldText: 'Kirjastoihin lisaa aukioloaikoja', newText: 'Kirjastoihin lisää aukioloaikoja' });
    const other = await submit('Toinen väite');
    await expect(editWording(h.deps, { slug: 'testi', statementId: other.id, actor: moderator, text: 'kirjastoihin LISÄÄ aukioloaikoja!' })).rejects.toMatchObject({
      code: 'duplicate_statement',
    });
  });

  it('adds translations that count for exact duplicates too', async () => {
    const s = await submit('Pyöräteitä pitää parantaa');
    await addTranslation(h.deps, { slug: 'testi', statementId: s.id, actor: moderator, lang: 'sv', text: 'Cykelvägarna måste förbättras' });
    expect((await h.db.store.statements.findById(h.conversation.id, s.id))!.translations).toEqual({ sv: 'Cykelvägarna måste förbättras' });
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'x', text: 'cykelvägarna måste förbättras.', lang: 'sv' })).rejects.toMatchObject({
      code: 'duplicate_statement',
      details: { statementId: s.id },
    });
    await expect(addTranslation(h.deps, { slug: 'testi', statementId: s.id, actor: moderator, lang: 'de', text: 'x' })).rejects.toMatchObject({
      code: 'invalid_language',
    });
    const log = await h.db.store.audit.list(h.conversation.id);
    expect(log[0]).toMatchObject({ action: 'translate', newText: 'Cykelvägarna måste förbättras', details: { lang: 'sv' } });
  });
});
