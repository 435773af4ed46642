import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { T0, makeConversation, makeUser } from '../../../../test/support/factories.js';

/** The store contract for users, roles and sessions. */
export function describeUsers(store: Store) {
  describe('users, roles and sessions', () => {
    it('finds users by e-mail whatever its case and keeps roles per conversation', async () => {
      const u = await makeUser(store, { email: 'moderaattori@hel.fi' });
      expect((await store.users.findByEmail('Moderaattori@HEL.fi'))!.id).toBe(u.id);
      const c1 = await makeConversation(store);
      const c2 = await makeConversation(store);
      await store.users.grantRole(u.id, c1.id, 'moderator');
      expect(await store.users.roleIn(u.id, c1.id)).toBe('moderator');
      expect(await store.users.roleIn(u.id, c2.id)).toBeNull();
      await store.users.grantRole(u.id, c1.id, 'organizer');
      expect(await store.users.roleIn(u.id, c1.id)).toBe('organizer');
      await store.users.setPassword(u.id, 'new-hash', true);
      expect(await store.users.findById(u.id)).toMatchObject({ passwordHash: 'new-hash', mustChangePassword: true });
      await expect(makeUser(store, { email: 'moderaattori@hel.fi' })).rejects.toThrow();
    });

    it('keeps sessions until they expire', async () => {
      const u = await makeUser(store);
      await store.sessions.create({ id: 's1', userId: u.id, createdAt: T0, expiresAt: T0 + 10 });
      await store.sessions.create({ id: 's2', userId: u.id, createdAt: T0, expiresAt: T0 + 1000 });
      expect(await store.sessions.find('s1')).toEqual({ id: 's1', userId: u.id, createdAt: T0, expiresAt: T0 + 10 });
      expect(await store.sessions.deleteExpired(T0 + 10)).toBe(1);
      expect(await store.sessions.find('s1')).toBeNull();
      await store.sessions.delete('s2');
      expect(await store.sessions.find('s2')).toBeNull();
    });

    it("ends a user's other sessions and keeps the one named, and other users' sessions", async () => {
      const [u, other] = [await makeUser(store), await makeUser(store)];
      const session = (id: string, userId: string) => ({ id, userId, createdAt: T0, expiresAt: T0 + 1000 });
      for (const s of [session('keep', u.id), session('stolen', u.id), session('laptop', u.id), session('theirs', other.id)]) await store.sessions.create(s);
      expect(await store.sessions.deleteOthersOfUser(u.id, 'keep')).toBe(2);
      expect(await store.sessions.find('keep')).toEqual(session('keep', u.id));
      expect(await store.sessions.find('stolen')).toBeNull();
      expect(await store.sessions.find('laptop')).toBeNull();
      expect(await store.sessions.find('theirs')).toEqual(session('theirs', other.id));
      expect(await store.sessions.deleteOthersOfUser(u.id, 'keep')).toBe(0);
    });
  });
}
