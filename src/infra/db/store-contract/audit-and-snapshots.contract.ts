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
