import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { HOUR, T0, makeConversation, makeStatement } from '../../../../test/support/factories.js';
import { randomIds } from '../../system/ids.js';

/** The store contract for the activity aggregates behind dashboards and reports. */
export function describeActivity(store: Store) {
  describe('activity', () => {
    it('counts votes, new voters and participants\' statements per UTC hour', async () => {
      const c = await makeConversation(store);
      const other = await makeConversation(store);
      const seed = await makeStatement(store, c.id, 'Siemen', { isSeed: true, createdAt: T0 - 5 * HOUR });
      const p = await store.participants.findOrCreate(c.id, 'a', randomIds.newId(), T0);
      const q = await store.participants.findOrCreate(c.id, 'b', randomIds.newId(), T0);
      await makeStatement(store, c.id, 'Oma', { authorParticipantId: p.id, status: 'pending', createdAt: T0 + 10 });
      await makeStatement(store, other.id, 'Muualla', { createdAt: T0 });
      const vote = (participantId: string, value: 1 | -1 | 0, createdAt: number) =>
        store.votes.record({ conversationId: c.id, participantId, statementId: seed.id, value, requestId: null, createdAt });
      await vote(p.id, 1, T0 + 1);
      await vote(p.id, -1, T0 + HOUR - 1);
      await vote(q.id, 0, T0 + 2 * HOUR + 5);
      await vote(p.id, 1, T0 + 2 * HOUR + 6);

      expect(await store.activity.byHour(c.id)).toEqual([
        { hourStart: T0, votes: 2, newVoters: 1, statements: 1 },
        { hourStart: T0 + 2 * HOUR, votes: 2, newVoters: 1, statements: 0 },
      ]);
      expect(await store.activity.byHour(randomIds.newId())).toEqual([]);
    });

    it('tallies latest votes per segment and statement, leaving banned participants out', async () => {
      const c = await makeConversation(store);
      const s1 = await makeStatement(store, c.id, 'Yksi');
      const s2 = await makeStatement(store, c.id, 'Kaksi');
      const join = async (key: string, segment: string | null) => {
        const p = await store.participants.findOrCreate(c.id, key, randomIds.newId(), T0);
        if (segment) await store.participants.setSegment(p.id, segment);
        return p;
      };
      const resident = await join('r', 'resident');
      const resident2 = await join('r2', 'resident');
      const nobody = await join('n', null);
      const banned = await join('x', 'resident');
      await join('silent', 'staff');
      const vote = (participantId: string, statementId: string, value: 1 | -1 | 0) =>
        store.votes.record({ conversationId: c.id, participantId, statementId, value, requestId: null, createdAt: T0 });
      await vote(resident.id, s1.id, -1);
      await vote(resident.id, s1.id, 1);
      await vote(resident2.id, s1.id, 0);
      await vote(nobody.id, s1.id, -1);
      await vote(nobody.id, s2.id, 1);
      await vote(banned.id, s1.id, 1);
      await store.participants.ban(banned.id, T0 + 1);

      const tallies = await store.activity.segmentTallies(c.id);
      const sorted = (ids: string[]) => [...ids].sort();
      expect(tallies.filter((t) => t.segment === null).map((t) => t.statementId)).toEqual(sorted([s1.id, s2.id]));
      expect(tallies.find((t) => t.segment === null && t.statementId === s1.id)).toEqual({
        segment: null, statementId: s1.id, agree: 0, disagree: 1, pass: 0,
      });
      expect(tallies.find((t) => t.segment === null && t.statementId === s2.id)).toEqual({
        segment: null, statementId: s2.id, agree: 1, disagree: 0, pass: 0,
      });
      expect(tallies.filter((t) => t.segment === 'resident')).toEqual([
        { segment: 'resident', statementId: s1.id, agree: 1, disagree: 0, pass: 1 },
      ]);
      expect(tallies[0]!.segment).toBeNull();

      expect(await store.activity.segmentSizes(c.id)).toEqual([
        { segment: null, participants: 1 },
        { segment: 'resident', participants: 2 },
        { segment: 'staff', participants: 1 },
      ]);
    });
  });
}
