import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { addSeedStatements } from './add-seed-statements.js';
import { submitStatement } from './submit-statement.js';

describe('statements', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  it('publishes seed statements at once, marked as seed, with their translations', async () => {
    const [s] = await addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Lisää leikkipuistoja', translations: { sv: 'Fler lekparker', en: 'More playgrounds' } }], null);
    expect(await h.db.store.statements.findById(h.conversation.id, s!.id)).toMatchObject({
      status: 'published',
      isSeed: true,
      translations: { sv: 'Fler lekparker', en: 'More playgrounds' },
    });
  });

  it('lands a batch of seeds whole or not at all', async () => {
    await expect(
      addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Ensimmäinen' }, { lang: 'fi', text: 'ENSIMMÄINEN!' }], null),
    ).rejects.toMatchObject({ code: 'duplicate_statement' });
    await expect(addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Hyvä' }, { lang: 'fi', text: 'x'.repeat(500) }], null)).rejects.toMatchObject({
      code: 'statement_too_long',
    });
    expect(await h.db.store.statements.list(h.conversation.id, ['published'])).toEqual([]);
  });

  it('publishes at once under post-moderation and refuses writing when it is switched off', async () => {
    await h.db.store.conversations.update(h.conversation.id, { settings: { ...h.conversation.settings, moderation: 'post' } });
    const s = await submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Kirjastot auki myös sunnuntaisin', lang: 'fi' });
    expect(s.status).toBe('published');
    // What may name a person or insult someone waits for a moderator even then.
    const held = await submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Lähettäkää palautetta osoitteeseen matti.meikalainen@example.fi', lang: 'fi' });
    expect(held.status).toBe('pending');
    await h.db.store.conversations.update(h.conversation.id, { settings: { ...h.conversation.settings, participantsMayWrite: false } });
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Ei käy', lang: 'fi' })).rejects.toMatchObject({ code: 'writing_disabled' });
  });

  it('refuses writing before the conversation opens and a language the conversation does not use', async () => {
    h.clock.set(h.conversation.schedule.opensAt! - 1);
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Liian aikaisin', lang: 'fi' })).rejects.toMatchObject({
      code: 'conversation_closed',
    });
    h.clock.set(h.conversation.schedule.opensAt!);
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Hallo', lang: 'de' })).rejects.toMatchObject({ code: 'invalid_language' });
  });

  it('lets a rejected statement\'s text be written again', async () => {
    const s = await submitStatement(h.deps, { slug: 'testi', participantKey: 'p', text: 'Uudestaan', lang: 'fi' });
    await h.db.store.statements.setDecision(s.id, { status: 'rejected', rejectionReason: 'off_topic', rejectionNote: null, duplicateOf: null, decidedAt: 1, decidedBy: null });
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'q', text: 'uudestaan', lang: 'fi' })).resolves.toMatchObject({ status: 'pending' });
  });
});
