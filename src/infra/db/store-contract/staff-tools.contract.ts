import { describe, expect, it } from 'vitest';
import type { Invite, Store } from '../../../app/ports.js';
import { HOUR, T0, makeConversation, makeStatement, makeUser } from '../../../../test/support/factories.js';
import { randomIds } from '../../system/ids.js';

/** The store contract for invites, logos, roles per user and the moderation read models. */
export function describeStaffTools(store: Store) {
  describe('staff tools', () => {
    it('keeps an invite by its token hash and lets it be accepted once', async () => {
      const c = await makeConversation(store);
      const organizer = await makeUser(store);
      const invite: Invite = {
        id: randomIds.newId(), tokenHash: `hash-${randomIds.newId()}`, conversationId: c.id, email: 'uusi@hel.fi', role: 'moderator',
        createdBy: organizer.id, createdAt: T0, expiresAt: T0 + 7 * 24 * HOUR, acceptedAt: null, acceptedBy: null,
      };
      await store.invites.create(invite);
      expect(await store.invites.findByTokenHash(invite.tokenHash)).toEqual(invite);
      expect(await store.invites.findByTokenHash('unknown')).toBeNull();
      const accepter = await makeUser(store);
      const [first, second] = await Promise.all([
        store.invites.markAccepted(invite.id, accepter.id, T0 + 1),
        store.invites.markAccepted(invite.id, organizer.id, T0 + 2),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect((await store.invites.findByTokenHash(invite.tokenHash))!.acceptedAt).not.toBeNull();
    });

    it('lists the unused invites of a conversation, newest first, and deletes an unused one', async () => {
      const [c, other] = [await makeConversation(store), await makeConversation(store)];
      const organizer = await makeUser(store);
      const make = async (conversationId: string, email: string, createdAt: number): Promise<Invite> => {
        const invite: Invite = {
          id: randomIds.newId(), tokenHash: `hash-${randomIds.newId()}`, conversationId, email, role: 'moderator',
          createdBy: organizer.id, createdAt, expiresAt: createdAt + 7 * 24 * HOUR, acceptedAt: null, acceptedBy: null,
        };
        await store.invites.create(invite);
        return invite;
      };
      const older = await make(c.id, 'vanha@hel.fi', T0);
      const newer = await make(c.id, 'uusi@hel.fi', T0 + HOUR);
      const accepted = await make(c.id, 'hyvaksytty@hel.fi', T0 + 2 * HOUR);
      const elsewhere = await make(other.id, 'muu@hel.fi', T0 + 3 * HOUR);
      expect(await store.invites.markAccepted(accepted.id, organizer.id, T0 + 3 * HOUR)).toBe(true);
      expect(await store.invites.listUnused(c.id)).toEqual([newer, older]);

      expect(await store.invites.deleteUnused(elsewhere.id, c.id)).toBeNull();
      expect(await store.invites.deleteUnused(accepted.id, c.id)).toBeNull();
      expect(await store.invites.deleteUnused('unknown', c.id)).toBeNull();
      expect(await store.invites.deleteUnused(older.id, c.id)).toEqual(older);
      expect(await store.invites.deleteUnused(older.id, c.id)).toBeNull();
      expect(await store.invites.findByTokenHash(older.tokenHash)).toBeNull();
      expect((await store.invites.findByTokenHash(accepted.tokenHash))!.acceptedBy).toBe(organizer.id);
      expect(await store.invites.listUnused(c.id)).toEqual([newer]);
      expect(await store.invites.listUnused(other.id)).toEqual([elsewhere]);
    });

    it('lists the members of a conversation and removes roles, never the last organizer', async () => {
      const [c, other] = [await makeConversation(store), await makeConversation(store)];
      const first = await makeUser(store, { displayName: 'Olli Organisoija' });
      const second = await makeUser(store, { displayName: 'Oona Organisoija' });
      const mod = await makeUser(store, { displayName: 'Maija Moderaattori' });
      await makeUser(store);
      await store.users.grantRole(first.id, c.id, 'organizer');
      await store.users.grantRole(second.id, c.id, 'organizer');
      await store.users.grantRole(mod.id, c.id, 'moderator');
      await store.users.grantRole(mod.id, other.id, 'moderator');
      const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);
      expect((await store.users.membersOf(c.id)).sort(byId)).toEqual(
        [
          { userId: first.id, email: first.email, displayName: 'Olli Organisoija', role: 'organizer' },
          { userId: second.id, email: second.email, displayName: 'Oona Organisoija', role: 'organizer' },
          { userId: mod.id, email: mod.email, displayName: 'Maija Moderaattori', role: 'moderator' },
        ].sort(byId),
      );
      expect(await store.users.membersOf((await makeConversation(store)).id)).toEqual([]);

      expect(await store.users.revokeRole(mod.id, c.id)).toBe('removed');
      expect(await store.users.roleIn(mod.id, c.id)).toBeNull();
      expect(await store.users.roleIn(mod.id, other.id)).toBe('moderator');
      expect(await store.users.revokeRole(mod.id, c.id)).toBe('no_role');
      expect(await store.users.revokeRole(first.id, c.id)).toBe('removed');
      expect(await store.users.revokeRole(second.id, c.id)).toBe('last_organizer');
      expect(await store.users.roleIn(second.id, c.id)).toBe('organizer');
      expect((await store.users.membersOf(c.id)).map((m) => m.userId)).toEqual([second.id]);
      // Inside a transaction too.
      expect(await store.transaction((s) => s.users.revokeRole(second.id, c.id))).toBe('last_organizer');
    });

    it('keeps one organizer when two remove each other at the same time', async () => {
      // Several conversations at once, so that the removals really overlap on a database with a pool.
      const pairs = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const c = await makeConversation(store);
          const [a, b] = [await makeUser(store), await makeUser(store)];
          await store.users.grantRole(a.id, c.id, 'organizer');
          await store.users.grantRole(b.id, c.id, 'organizer');
          return { c, a, b };
        }),
      );
      const outcomes = await Promise.all(
        pairs.map(({ c, a, b }) => Promise.all([store.users.revokeRole(a.id, c.id), store.users.revokeRole(b.id, c.id)])),
      );
      for (const pair of outcomes) expect([...pair].sort()).toEqual(['last_organizer', 'removed']);
      for (const { c } of pairs) expect(await store.users.membersOf(c.id)).toHaveLength(1);
    });

    it('stores, replaces and removes a logo, noting it on the conversation', async () => {
      const c = await makeConversation(store);
      expect(await store.logos.get(c.id)).toBeNull();
      expect((await store.conversations.findBySlug(c.slug))!.logoUpdatedAt).toBeNull();
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2]);
      await store.logos.put(c.id, { contentType: 'image/png', data: bytes, updatedAt: T0 });
      await store.logos.put(c.id, { contentType: 'image/webp', data: bytes.slice(0, 4), updatedAt: T0 + 5 });
      expect(await store.logos.get(c.id)).toEqual({ contentType: 'image/webp', data: bytes.slice(0, 4), updatedAt: T0 + 5 });
      expect((await store.conversations.findBySlug(c.slug))!.logoUpdatedAt).toBe(T0 + 5);
      expect(await store.logos.delete(c.id)).toBe(true);
      expect(await store.logos.delete(c.id)).toBe(false);
      expect((await store.conversations.findById(c.id))!.logoUpdatedAt).toBeNull();
    });

    it('lists the roles of a user and names the actor of audit entries', async () => {
      const [c1, c2] = [await makeConversation(store), await makeConversation(store)];
      const u = await makeUser(store, { displayName: 'Maija' });
      await store.users.grantRole(u.id, c1.id, 'moderator');
      await store.users.grantRole(u.id, c2.id, 'organizer');
      const roles = await store.users.rolesOf(u.id);
      expect(roles).toHaveLength(2);
      expect(roles).toEqual(expect.arrayContaining([{ conversationId: c1.id, role: 'moderator' }, { conversationId: c2.id, role: 'organizer' }]));
      await store.audit.append({ conversationId: c1.id, statementId: null, actorUserId: u.id, action: 'settings', oldText: null, newText: null, details: {}, createdAt: T0 });
      await store.audit.append({ conversationId: c1.id, statementId: null, actorUserId: null, action: 'import', oldText: null, newText: null, details: {}, createdAt: T0 });
      expect((await store.audit.list(c1.id)).map((e) => e.actorName)).toEqual(['Maija', null]);
    });

    it('lists decided statements newest first, and the times of moderators\' decisions', async () => {
      const c = await makeConversation(store);
      const mod = await makeUser(store);
      await makeStatement(store, c.id, 'Siemen', { isSeed: true });
      const a = await makeStatement(store, c.id, 'Yksi', { status: 'pending', createdAt: T0 });
      const b = await makeStatement(store, c.id, 'Kaksi', { status: 'pending', createdAt: T0 + 1 });
      await makeStatement(store, c.id, 'Kolme', { status: 'pending', createdAt: T0 + 2 });
      const decision = { rejectionReason: null, rejectionNote: null, duplicateOf: null, decidedBy: mod.id };
      await store.statements.setDecision(a.id, { ...decision, status: 'published', decidedAt: T0 + 2 * HOUR });
      await store.statements.setDecision(b.id, { ...decision, status: 'rejected', rejectionReason: 'offensive', decidedAt: T0 + HOUR });
      expect((await store.statements.listDecided(c.id, ['published', 'rejected'], 10)).map((s) => s.text)).toEqual(['Yksi', 'Kaksi', 'Siemen']);
      expect((await store.statements.listDecided(c.id, ['rejected'], 10)).map((s) => s.text)).toEqual(['Kaksi']);
      expect(await store.statements.listDecided(c.id, ['published', 'rejected'], 1)).toHaveLength(1);
      expect(await store.statements.decisionTimes(c.id)).toEqual([
        { statementId: b.id, status: 'rejected', submittedAt: T0 + 1, decidedAt: T0 + HOUR, decidedBy: mod.id },
        { statementId: a.id, status: 'published', submittedAt: T0, decidedAt: T0 + 2 * HOUR, decidedBy: mod.id },
      ]);
      // Undone: back in the queue, without a decision.
      await store.statements.setDecision(a.id, { ...decision, status: 'pending', decidedAt: null, decidedBy: null });
      expect((await store.statements.decisionTimes(c.id)).map((d) => d.statementId)).toEqual([b.id]);
    });
  });
}
