import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { DAY, makeUser, T0 } from '../../../test/support/factories.js';
import { createConversation } from './create-conversation.js';

describe('creating a conversation', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  const schedule = { opensAt: T0 + DAY, statementsCloseAt: null, closesAt: T0 + 9 * DAY };

  it('makes its creator the organizer and logs who created it, with the settings it started from', async () => {
    const organizer = await makeUser(h.db.store);
    const c = await createConversation(h.deps, {
      slug: 'uusi', languages: ['fi', 'sv'], texts: { fi: { title: 'Uusi' } }, schedule, settings: { moderation: 'post' }, creatorUserId: organizer.id,
    });
    expect(await h.db.store.users.roleIn(organizer.id, c.id)).toBe('organizer');
    const log = await h.db.store.audit.list(c.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: 'create', actorUserId: organizer.id, statementId: null, oldText: null, newText: null, createdAt: h.clock.now(),
      details: { slug: 'uusi', languages: ['fi', 'sv'], schedule, settings: { moderation: 'post', statementMaxLength: c.settings.statementMaxLength } },
    });
  });

  it('logs nothing when no one created it, and nothing when the address is taken', async () => {
    const c = await createConversation(h.deps, { slug: 'tuotu', languages: ['en'], texts: {}, schedule });
    expect(await h.db.store.audit.list(c.id)).toEqual([]);

    const organizer = await makeUser(h.db.store);
    await expect(createConversation(h.deps, { slug: 'tuotu', languages: ['fi'], texts: {}, schedule, creatorUserId: organizer.id })).rejects.toMatchObject({ code: 'slug_taken' });
    expect(await h.db.store.audit.list(c.id)).toEqual([]);
  });
});
