import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../app/ports.js';
import { DEFAULT_SETTINGS } from '../../domain/conversation/settings.js';
import { duplicateKey } from '../../domain/statement/text.js';
import { DAY, T0, makeConversation, makeStatement, makeUser } from '../../../test/support/factories.js';
import { randomIds } from '../system/ids.js';

/**
 * The one contract every Store implementation passes, on every database it supports.
 * `open` gives a fresh, migrated, empty store; `close` disposes of it.
 */
export function storeContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup?.();
    });

    it('answers a ping', async () => {
      expect(await store.ping()).toBe(true);
    });

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

    describe('statements', () => {
      it('keeps text, language, status, seed flag and translations', async () => {
        const c = await makeConversation(store);
        const s = await makeStatement(store, c.id, 'Kirjastoihin lisää tapahtumia', { isSeed: true });
        await store.statements.upsertTranslation(s.id, 'sv', 'Fler evenemang i biblioteken', duplicateKey('Fler evenemang i biblioteken'), T0, null);
        await store.statements.upsertTranslation(s.id, 'sv', 'Mer evenemang i biblioteken', duplicateKey('Mer evenemang i biblioteken'), T0 + 1, null);
        const found = await store.statements.findById(c.id, s.id);
        expect(found).toMatchObject({ text: s.text, lang: 'fi', status: 'published', isSeed: true, isMeta: false });
        expect(found!.translations).toEqual({ sv: 'Mer evenemang i biblioteken' });
        expect(await store.statements.findById('other-conversation', s.id)).toBeNull();
      });

      it('finds a live exact duplicate by its original or a translation, not a rejected one', async () => {
        const c = await makeConversation(store);
        const s = await makeStatement(store, c.id, 'Pyöräteitä pitää parantaa.');
        await store.statements.upsertTranslation(s.id, 'en', 'Cycle lanes must be improved', duplicateKey('Cycle lanes must be improved'), T0, null);
        expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('pyöräteitä PITÄÄ parantaa')))?.id).toBe(s.id);
        expect((await store.statements.findLiveByDuplicateKey(c.id, duplicateKey('cycle lanes must be improved!')))?.id).toBe(s.id);
        const r = await makeStatement(store, c.id, 'Hylätty väite', { status: 'rejected' });
        expect(await store.statements.findLiveByDuplicateKey(c.id, duplicateKey(r.text))).toBeNull();
        const other = await makeConversation(store);
        expect(await store.statements.findLiveByDuplicateKey(other.id, duplicateKey(s.text))).toBeNull();
      });

      it('records decisions and corrected wording', async () => {
        const c = await makeConversation(store);
        const other = await makeStatement(store, c.id, 'Alkuperäinen');
        const s = await makeStatement(store, c.id, 'Kopio', { status: 'pending' });
        const user = await makeUser(store);
        await store.statements.setDecision(s.id, {
          status: 'rejected',
          rejectionReason: 'duplicate',
          rejectionNote: null,
          duplicateOf: other.id,
          decidedAt: T0 + 5,
          decidedBy: user.id,
        });
        expect(await store.statements.findById(c.id, s.id)).toMatchObject({
          status: 'rejected',
          rejectionReason: 'duplicate',
          duplicateOf: other.id,
          decidedAt: T0 + 5,
        });
        await store.statements.setText(other.id, 'Korjattu', duplicateKey('Korjattu'));
        expect((await store.statements.findById(c.id, other.id))!.text).toBe('Korjattu');
        expect(await store.statements.countByStatus(c.id)).toEqual({ pending: 0, published: 1, rejected: 1, withdrawn: 0 });
      });

      it('lists by status in creation order', async () => {
        const c = await makeConversation(store);
        const a = await makeStatement(store, c.id, 'A', { createdAt: T0 + 2 });
        const b = await makeStatement(store, c.id, 'B', { createdAt: T0 + 1 });
        await makeStatement(store, c.id, 'C', { status: 'pending' });
        expect((await store.statements.list(c.id, ['published'])).map((s) => s.id)).toEqual([b.id, a.id]);
        expect(await store.statements.list(c.id, [])).toEqual([]);
      });
    });

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
        expect(await store.votes.count(c.id)).toEqual({ events: 3, latest: 2 });
        expect(await store.votes.voterCount(c.id)).toBe(2);
        expect((await store.votes.latestInConversation(c.id)).map((v) => v.participantId)).toEqual([p.id, q.id]);
        const events = (await store.votes.since(0, 10_000)).filter((e) => e.conversationId === c.id);
        expect(events.map((e) => [e.participantId, e.value])).toEqual([[p.id, 1], [p.id, -1], [q.id, 0]]);
        expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
        expect(await store.votes.since(events[2]!.seq, 10)).toEqual([]);
        expect(await store.votes.since(events[0]!.seq, 1)).toEqual([events[1]]);
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

    describe('transactions', () => {
      it('rolls back every write when the work fails', async () => {
        const c = await makeConversation(store);
        await expect(
          store.transaction(async (tx) => {
            await makeStatement(tx, c.id, 'Ei jää');
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.statements.list(c.id, ['published'])).toEqual([]);
      });
    });

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
    });

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
  });
}
