import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { T0, makeConversation, makeStatement, makeUser } from '../../../../test/support/factories.js';
import { randomIds } from '../../system/ids.js';

/** The store contract for reads for exports. */
export function describeExports(store: Store) {
  describe('reads for exports', () => {
    it('pages one conversation\'s vote history and reads it by participant, up to a sequence number', async () => {
      const c = await makeConversation(store);
      const other = await makeConversation(store);
      expect(await store.exports.lastVoteSeq(c.id)).toBe(0);
      const [s1, s2] = [await makeStatement(store, c.id, 'Yksi'), await makeStatement(store, c.id, 'Kaksi')];
      const so = await makeStatement(store, other.id, 'Muu');
      const p = await store.participants.findOrCreate(c.id, 'k', randomIds.newId(), T0);
      const q = await store.participants.findOrCreate(c.id, 'k2', randomIds.newId(), T0);
      const o = await store.participants.findOrCreate(other.id, 'k', randomIds.newId(), T0);
      const vote = (participantId: string, statementId: string, value: 1 | -1 | 0, at: number) =>
        store.votes.record({ conversationId: participantId === o.id ? other.id : c.id, participantId, statementId, value, requestId: null, createdAt: at });
      await vote(p.id, s1.id, 1, T0 + 1);
      await vote(o.id, so.id, 1, T0 + 2);
      await vote(q.id, s2.id, 0, T0 + 3);
      await vote(p.id, s1.id, -1, T0 + 4);
      await vote(p.id, s2.id, 1, T0 + 5);
      const last = await store.exports.lastVoteSeq(c.id);
      await vote(q.id, s1.id, 1, T0 + 6); // after the cut-off

      const all = await store.exports.voteEvents(c.id, 0, last, 100);
      expect(all.map((e) => [e.participantId, e.statementId, e.value, e.createdAt])).toEqual([
        [p.id, s1.id, 1, T0 + 1], [q.id, s2.id, 0, T0 + 3], [p.id, s1.id, -1, T0 + 4], [p.id, s2.id, 1, T0 + 5],
      ]);
      expect(all.at(-1)!.seq).toBe(last);
      const firstTwo = await store.exports.voteEvents(c.id, 0, last, 2);
      expect(await store.exports.voteEvents(c.id, firstTwo[1]!.seq, last, 100)).toEqual(all.slice(2));

      const ofP = await store.exports.voteEventsOf(c.id, [p.id], last);
      expect(ofP.map((e) => [e.statementId, e.value])).toEqual([[s1.id, 1], [s1.id, -1], [s2.id, 1]]);
      expect((await store.exports.voteEventsOf(c.id, [q.id, p.id], last)).map((e) => e.seq)).toEqual(all.map((e) => e.seq));
      expect(await store.exports.voteEventsOf(c.id, [o.id], Number.MAX_SAFE_INTEGER)).toEqual([]);
      expect(await store.exports.voteEventsOf(c.id, [], last)).toEqual([]);
    });

    it('tells whether a user organizes any conversation', async () => {
      const c = await makeConversation(store);
      const organizer = await makeUser(store);
      const moderator = await makeUser(store);
      await store.users.grantRole(organizer.id, c.id, 'organizer');
      await store.users.grantRole(moderator.id, c.id, 'moderator');
      expect(await store.exports.organizesAny(organizer.id)).toBe(true);
      expect(await store.exports.organizesAny(moderator.id)).toBe(false);
      expect(await store.exports.organizesAny('nobody')).toBe(false);
    });
  });
}
