import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { DEFAULT_SETTINGS } from '../../../domain/conversation/settings.js';
import { DAY, T0, makeConversation } from '../../../../test/support/factories.js';

/** The store contract for conversations. */
export function describeConversations(store: Store) {
  describe('conversations', () => {
    it('keeps texts per language, schedule and settings', async () => {
      const c = await makeConversation(store, { settings: { ...DEFAULT_SETTINGS, statementMaxLength: 140 } });
      const found = await store.conversations.findBySlug(c.slug);
      expect(found).toMatchObject({ id: c.id, slug: c.slug, languages: ['fi', 'sv', 'en'], schedule: c.schedule, closedManually: false });
      expect(found!.texts.sv).toEqual(c.texts.sv);
      expect(found!.texts.fi!.rules).toEqual(['Sääntö 1']);
      expect(found!.settings.statementMaxLength).toBe(140);
      expect((await store.conversations.findById(c.id))!.slug).toBe(c.slug);
      expect(await store.conversations.findBySlug('no-such-slug')).toBeNull();
    });

    it('refuses a second conversation with the same slug', async () => {
      const c = await makeConversation(store);
      await expect(makeConversation(store, { slug: c.slug })).rejects.toThrow();
    });

    it('updates schedule, texts and the manual close', async () => {
      const c = await makeConversation(store);
      const schedule = { opensAt: T0 + DAY, statementsCloseAt: null, closesAt: T0 + 9 * DAY };
      await store.conversations.update(c.id, {
        schedule,
        closedManually: true,
        texts: { fi: { title: 'Uusi', question: 'K?', description: '', rules: [], contact: '' } },
      });
      const found = await store.conversations.findById(c.id);
      expect(found!.schedule).toEqual(schedule);
      expect(found!.closedManually).toBe(true);
      expect(Object.keys(found!.texts)).toEqual(['fi']);
      expect(found!.texts.fi!.title).toBe('Uusi');
    });

    it('lists and counts', async () => {
      const before = await store.conversations.count();
      const c = await makeConversation(store);
      expect(await store.conversations.count()).toBe(before + 1);
      expect((await store.conversations.list()).map((x) => x.id)).toContain(c.id);
    });
  });
}
