import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { isValidPersonalIdentityCode } from '../../domain/prescreen/index.js';
import type { ModerationMode } from '../../domain/conversation/settings.js';
import { nextStatement } from '../votes/next-statement.js';
import { addSeedStatements } from './add-seed-statements.js';
import { submitStatement } from './submit-statement.js';

const IDENTITY_CODE = '131052-308T';

describe('pre-screening a new statement', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  let deps: Awaited<ReturnType<typeof appHarness>>['deps'];

  beforeEach(async () => {
    h = await appHarness();
    deps = h.deps;
    const fi = { ...h.conversation.texts.fi!, title: 'Pyöräily', question: 'Miten pyöräilyä pitäisi kehittää kaupungissa?' };
    await h.db.store.conversations.update(h.conversation.id, { texts: { fi } });
  });
  afterEach(() => h.cleanup());

  const setMode = (moderation: ModerationMode) =>
    h.db.store.conversations.update(h.conversation.id, { settings: { ...h.conversation.settings, moderation } });
  const submit = (text: string, participantKey = 'author') => submitStatement(deps, { slug: 'testi', participantKey, text, lang: 'fi' });

  /** Pending in the store, and neither in the published list nor on a participant's next card. */
  async function expectHidden(id: string) {
    expect((await h.db.store.statements.findById(h.conversation.id, id))!.status).toBe('pending');
    expect((await h.db.store.statements.list(h.conversation.id, ['published'])).map((s) => s.id)).not.toContain(id);
    expect((await nextStatement(h.deps, { slug: 'testi', participantKey: 'reader' }))?.statement.id).not.toBe(id);
  }

  it.each(['pre', 'post'] as const)('never publishes a statement with a valid personal identity code automatically (%s-moderation)', async (mode) => {
    expect(isValidPersonalIdentityCode(IDENTITY_CODE)).toBe(true);
    await setMode(mode);
    const s = await submit(`Talvella pyörätiet pitää aurata ensimmäisenä, tunnukseni on ${IDENTITY_CODE}`);
    expect(s.status).toBe('pending');
    await expectHidden(s.id);
  });

  it('publishes a clean on-topic statement at once under post-moderation', async () => {
    await setMode('post');
    const s = await submit('Talvella pyörätiet pitää aurata ensimmäisenä');
    expect(s.status).toBe('published');
    expect((await nextStatement(h.deps, { slug: 'testi', participantKey: 'reader' }))?.statement.id).toBe(s.id);
  });

  it('holds an off-topic statement under post-moderation', async () => {
    await setMode('post');
    const s = await submit('Lempivärini on sininen ja pidän kissoista');
    expect(s.status).toBe('pending');
    await expectHidden(s.id);
  });

  it('holds a near-duplicate of a published statement under post-moderation', async () => {
    await setMode('post');
    await addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Kaupungin pitää rakentaa lisää pyöräteitä keskustaan.' }], null);
    const s = await submit('Kaupungin pitäisi rakentaa lisää pyöräteitä keskustaan', 'another');
    expect(s.status).toBe('pending');
    await expectHidden(s.id);
  });
});
