import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { T0, makeConversation, makeStatement, makeUser } from '../../../../test/support/factories.js';

/** The store contract for audit log and math snapshots. */
export function describeAuditAndSnapshots(store: Store) {
  describe('audit log and math snapshots', () => {
    it('appends audit entries in order with old and new text', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Vanha');
      const u = await makeUser(store);
      await store.audit.append({ conversationId: c.id, statementId: s.id, actorUserId: u.id, action: 'edit_wording', oldText: 'Vanha', newText: 'Uusi', details: {}, createdAt: T0 });
      await store.audit.append({ conversationId: c.id, statementId: s.id, actorUserId: u.id, action: 'publish', oldText: null, newText: null, details: { to: 'published' }, createdAt: T0 + 1 });
      const log = await store.audit.list(c.id);
      expect(log.map((e) => e.action)).toEqual(['edit_wording', 'publish']);
      expect(log[0]).toMatchObject({ oldText: 'Vanha', newText: 'Uusi', actorUserId: u.id });
      expect(log[1]!.details).toEqual({ to: 'published' });
    });

    it('pages the audit log newest first, continuing before the oldest entry shown', async () => {
      const [c, other] = [await makeConversation(store), await makeConversation(store)];
      const s = await makeStatement(store, c.id, 'Nykyinen teksti');
      const u = await makeUser(store, { displayName: 'Maija' });
      const entry = (conversationId: string, action: string, statementId: string | null = null) =>
        store.audit.append({ conversationId, statementId, actorUserId: u.id, action, oldText: null, newText: null, details: { n: action }, createdAt: T0 });
      for (const a of ['a1', 'a2', 'a3', 'a4']) await entry(c.id, a);
      await entry(other.id, 'elsewhere');
      await entry(c.id, 'a5', s.id);
      const first = await store.audit.page(c.id, { limit: 2, before: null });
      expect(first.entries.map((e) => e.action)).toEqual(['a5', 'a4']);
      expect(first.entries[0]).toMatchObject({ actorName: 'Maija', statementId: s.id, statementText: 'Nykyinen teksti', details: { n: 'a5' } });
      expect(first.entries[1]!.statementText).toBeNull();
      expect(first.nextBefore).toBe(first.entries[1]!.id);
      const second = await store.audit.page(c.id, { limit: 2, before: first.nextBefore });
      expect(second.entries.map((e) => e.action)).toEqual(['a3', 'a2']);
      const last = await store.audit.page(c.id, { limit: 2, before: second.nextBefore });
      expect(last).toMatchObject({ entries: [{ action: 'a1' }], nextBefore: null });
      // A page that ends exactly at the oldest entry says so, rather than promising an empty one.
      expect((await store.audit.page(c.id, { limit: 5, before: null })).nextBefore).toBeNull();
      expect(await store.audit.page(c.id, { limit: 5, before: last.entries[0]!.id })).toEqual({ entries: [], nextBefore: null });
    });

    it('versions math snapshots per conversation', async () => {
      const c = await makeConversation(store);
      expect(await store.snapshots.latest(c.id)).toBeNull();
      const snap = { conversationId: c.id, createdAt: T0, votes: 10, participants: 3, statements: 4, params: { k: 2 }, timingsMs: { total: 1.5 }, result: { groups: [] } };
      expect(await store.snapshots.save(snap)).toBe(1);
      expect(await store.snapshots.save({ ...snap, votes: 11 })).toBe(2);
      expect(await store.snapshots.latest(c.id)).toEqual({ ...snap, votes: 11, version: 2 });
      expect((await store.snapshots.latestVersions()).get(c.id)).toBe(2);
    });
  });
}
