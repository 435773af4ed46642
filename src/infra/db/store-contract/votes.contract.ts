import { describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import { T0, makeConversation, makeStatement } from '../../../../test/support/factories.js';
import { randomIds } from '../../system/ids.js';

/** The store contract for participants and votes. */
export function describeVotes(store: Store) {
  describe('participants and votes', () => {
    it('registers a participant once per browser key, even when two requests race', async () => {
      const c = await makeConversation(store);
      const [p1, p2] = await Promise.all([
        store.participants.findOrCreate(c.id, 'key-1', randomIds.newId(), T0),
        store.participants.findOrCreate(c.id, 'key-1', randomIds.newId(), T0),
      ]);
      expect(p1.id).toBe(p2.id);
      const other = await store.participants.findOrCreate(c.id, 'key-2', randomIds.newId(), T0);
      expect(other.id).not.toBe(p1.id);
      expect(await store.participants.count(c.id)).toBe(2);
      await store.participants.setSegment(p1.id, 'resident');
      await store.participants.ban(other.id, T0 + 9);
      expect(await store.participants.bannedIds(c.id)).toEqual([other.id]);
      expect((await store.participants.findByKey(c.id, 'key-1'))!.segment).toBe('resident');
      expect((await store.participants.findById(c.id, other.id))!.bannedAt).toBe(T0 + 9);
    });

    it('keeps the full history and counts only the latest vote in the tallies', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Väite');
      const p = await store.participants.findOrCreate(c.id, 'k', randomIds.newId(), T0);
      const q = await store.participants.findOrCreate(c.id, 'k2', randomIds.newId(), T0);
      const base = { conversationId: c.id, statementId: s.id, requestId: null };
      await store.votes.record({ ...base, participantId: p.id, value: 1, createdAt: T0 + 1 });
      await store.votes.record({ ...base, participantId: p.id, value: -1, createdAt: T0 + 2 });
      await store.votes.record({ ...base, participantId: q.id, value: 0, createdAt: T0 + 3 });
      expect((await store.votes.historyOf(p.id, s.id)).map((v) => v.value)).toEqual([1, -1]);
      expect(await store.votes.latestByParticipant(p.id)).toEqual([
        { participantId: p.id, statementId: s.id, value: -1, createdAt: T0 + 2 },
      ]);
      const [tallied] = await store.statements.listWithTallies(c.id, ['published']);
      expect(tallied!.tally).toEqual({ agree: 0, disagree: 1, pass: 1 });
      expect([...(await store.statements.tallies(c.id))]).toEqual([[s.id, { agree: 0, disagree: 1, pass: 1 }]]);
      expect(await store.votes.count(c.id)).toEqual({ events: 3, latest: 2 });
      expect(await store.votes.voterCount(c.id)).toBe(2);
      expect((await store.votes.latestInConversation(c.id)).map((v) => v.participantId)).toEqual([p.id, q.id]);
      const events = (await store.votes.since(0, 10_000)).filter((e) => e.conversationId === c.id);
      expect(events.map((e) => [e.participantId, e.value])).toEqual([[p.id, 1], [p.id, -1], [q.id, 0]]);
      expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
      expect(await store.votes.since(events[2]!.seq, 10)).toEqual([]);
      expect(await store.votes.since(events[0]!.seq, 1)).toEqual([events[1]]);
      expect(await store.votes.withSeqs([events[2]!.seq, events[0]!.seq, events[2]!.seq + 1_000_000])).toEqual([events[0], events[2]]);

      // A banned participant's votes leave the tallies, as they leave the math.
      await store.participants.ban(q.id, T0 + 4);
      const [afterBan] = await store.statements.listWithTallies(c.id, ['published']);
      expect(afterBan!.tally).toEqual({ agree: 0, disagree: 1, pass: 0 });
      expect((await store.statements.tallies(c.id)).get(s.id)).toEqual({ agree: 0, disagree: 1, pass: 0 });
    });

    it('answers a retried request with the vote it stored, without a second event', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Väite');
      const p = await store.participants.findOrCreate(c.id, 'k', randomIds.newId(), T0);
      const vote = { conversationId: c.id, participantId: p.id, statementId: s.id, requestId: 'req-1' };
      const first = await store.votes.record({ ...vote, value: 1, createdAt: T0 });
      const again = await store.votes.record({ ...vote, value: -1, createdAt: T0 + 1 });
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ vote: first.vote, replayed: true });
      expect(await store.votes.count(c.id)).toEqual({ events: 1, latest: 1 });
      const other = await store.participants.findOrCreate(c.id, 'k2', randomIds.newId(), T0);
      expect((await store.votes.record({ ...vote, participantId: other.id, value: 0, createdAt: T0 })).replayed).toBe(false);
    });

    it('takes many new participants voting at once without losing one', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Väite');
      const n = 60;
      await Promise.all(
        Array.from({ length: n }, (_, i) =>
          store.transaction(async (tx) => {
            const p = await tx.participants.findOrCreate(c.id, `burst-${i}`, randomIds.newId(), T0);
            await tx.votes.record({ conversationId: c.id, participantId: p.id, statementId: s.id, value: 1, requestId: `r${i}`, createdAt: T0 });
          }),
        ),
      );
      expect(await store.participants.count(c.id)).toBe(n);
      expect(await store.votes.count(c.id)).toEqual({ events: n, latest: n });
    });

    it('casts a vote by browser key: registers the participant once, answers a retry, lets a refusal write nothing', async () => {
      const c = await makeConversation(store);
      const [s, t] = [await makeStatement(store, c.id, 'Yksi'), await makeStatement(store, c.id, 'Kaksi')];
      let idsMade = 0;
      const keyed = (statementId: string, value: 1 | -1 | 0, requestId: string, key = 'browser-1') => ({
        conversationId: c.id,
        participantKey: key,
        newParticipantId: () => (idsMade++, randomIds.newId()),
        statementId,
        value,
        requestId,
        createdAt: T0 + idsMade,
      });
      const accept = () => {};
      const [first, second] = await Promise.all([
        store.votes.castByKey(keyed(s.id, 1, 'r1'), accept),
        store.votes.castByKey(keyed(t.id, -1, 'r2'), accept),
      ]);
      expect(second.participant.id).toBe(first.participant.id);
      expect(first.participant).toEqual(await store.participants.findByKey(c.id, 'browser-1'));
      expect(first.vote).toEqual({ participantId: first.participant.id, statementId: s.id, value: 1, createdAt: expect.any(Number) });
      const again = await store.votes.castByKey(keyed(s.id, 1, 'r1'), accept);
      expect(again).toEqual({ ...first, replayed: true });
      const changed = await store.votes.castByKey(keyed(s.id, 0, 'r3'), accept);
      expect(changed.replayed).toBe(false);
      expect((await store.statements.tallies(c.id)).get(s.id)).toEqual({ agree: 0, disagree: 0, pass: 1 });
      // A returning participant needs no new id.
      const made = idsMade;
      await store.votes.castByKey(keyed(t.id, 1, 'r4'), accept);
      expect(idsMade).toBe(made);

      const refuse = () => {
        throw new Error('refused');
      };
      await expect(store.votes.castByKey(keyed(s.id, 1, 'r5'), refuse)).rejects.toThrow('refused');
      await expect(store.votes.castByKey(keyed(s.id, 1, 'n1', 'browser-2'), refuse)).rejects.toThrow('refused');
      expect(await store.participants.findByKey(c.id, 'browser-2')).toBeNull();
      expect(await store.votes.count(c.id)).toEqual({ events: 4, latest: 2 });
      expect((await store.votes.historyOf(first.participant.id, s.id)).map((v) => v.value)).toEqual([1, 0]);
    });

    it('erases a participant with their votes and statements, leaving the others', async () => {
      const c = await makeConversation(store);
      const p = await store.participants.findOrCreate(c.id, 'erase-me', randomIds.newId(), T0);
      const q = await store.participants.findOrCreate(c.id, 'keep-me', randomIds.newId(), T0);
      const mine = await makeStatement(store, c.id, 'Minun väitteeni', { authorParticipantId: p.id });
      const seed = await makeStatement(store, c.id, 'Siemen');
      for (const who of [p, q]) {
        for (const s of [mine, seed]) {
          await store.votes.record({ conversationId: c.id, participantId: who.id, statementId: s.id, value: 1, requestId: null, createdAt: T0 });
        }
      }
      await store.participants.erase(p.id);
      expect(await store.participants.findById(c.id, p.id)).toBeNull();
      expect(await store.statements.findById(c.id, mine.id)).toBeNull();
      expect(await store.votes.count(c.id)).toEqual({ events: 1, latest: 1 });
      expect(await store.votes.latestByParticipant(q.id)).toHaveLength(1);
    });

    it('imports past vote events in order, the last per pair as the latest', async () => {
      const c = await makeConversation(store);
      const s1 = await makeStatement(store, c.id, 'Yksi');
      const s2 = await makeStatement(store, c.id, 'Kaksi');
      const p = await store.participants.findOrCreate(c.id, 'imp-1', randomIds.newId(), T0);
      const q = await store.participants.findOrCreate(c.id, 'imp-2', randomIds.newId(), T0);
      const v = (participantId: string, statementId: string, value: 1 | -1 | 0, at: number) => ({
        conversationId: c.id, participantId, statementId, value, requestId: null, createdAt: at,
      });
      await store.votes.importEvents([v(p.id, s1.id, 1, 1), v(q.id, s1.id, 0, 2), v(p.id, s1.id, -1, 3), v(p.id, s2.id, 1, 4)]);
      expect(await store.votes.count(c.id)).toEqual({ events: 4, latest: 3 });
      expect((await store.votes.latestByParticipant(p.id)).map((x) => [x.statementId, x.value])).toEqual([[s1.id, -1], [s2.id, 1]]);
      expect((await store.votes.latestInConversation(c.id)).map((x) => x.participantId)).toEqual([p.id, q.id, p.id]);
    });

    it('refuses a vote value outside agree, disagree and pass at the database too', async () => {
      const c = await makeConversation(store);
      const s = await makeStatement(store, c.id, 'Väite');
      const p = await store.participants.findOrCreate(c.id, 'k', randomIds.newId(), T0);
      await expect(
        store.votes.record({ conversationId: c.id, participantId: p.id, statementId: s.id, value: 2 as never, requestId: null, createdAt: T0 }),
      ).rejects.toThrow();
      expect(await store.votes.count(c.id)).toEqual({ events: 0, latest: 0 });
    });
  });
}
