import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../app/ports.js';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import type { Tally } from '../../../domain/vote/vote.js';
import { T0, makeConversation, makeStatement } from '../../../../test/support/factories.js';
import { pgAdminUrl, postgresTestStore, sqliteTestStore, type TestStore } from '../../../../test/support/databases.js';
import { randomIds } from '../../system/ids.js';
import { ReadCache } from './read-cache.js';

/** Tallies counted afresh from every latest vote, past any cache. */
async function countedTallies(store: Store, conversationId: string): Promise<Record<string, Tally>> {
  const tallies: Record<string, Tally> = {};
  for (const v of await store.votes.latestInConversation(conversationId)) {
    const t = (tallies[v.statementId] ??= { agree: 0, disagree: 0, pass: 0 });
    t[v.value === 1 ? 'agree' : v.value === -1 ? 'disagree' : 'pass']++;
  }
  return tallies;
}

async function cachedTallies(store: Store, conversationId: string): Promise<Record<string, Tally>> {
  const listed = await store.statements.listWithTallies(conversationId, ['published']);
  return Object.fromEntries(listed.filter((s) => s.tally.agree + s.tally.disagree + s.tally.pass > 0).map((s) => [s.id, s.tally]));
}

const targets: [string, (() => Promise<TestStore>) | null][] = [
  ['SQLite', sqliteTestStore],
  ['PostgreSQL', pgAdminUrl() ? () => postgresTestStore(pgAdminUrl()!) : null],
];

for (const [name, open] of targets) {
  describe.skipIf(!open)(`the read cache on ${name}: a process reads its own writes at once`, () => {
    let db: TestStore;
    let store: Store;
    beforeEach(async () => {
      db = await open!();
      store = db.store;
    });
    afterEach(() => db.cleanup());

    it('keeps cached tallies equal to the counted ones through first votes, changed votes, retries and erasure', async () => {
      const c = await makeConversation(store);
      const statements = await Promise.all(['Yksi', 'Kaksi', 'Kolme'].map((t) => makeStatement(store, c.id, t)));
      const participants = await Promise.all([0, 1, 2].map((i) => store.participants.findOrCreate(c.id, `key-${i}`, randomIds.newId(), T0)));
      expect(await cachedTallies(store, c.id)).toEqual({});
      const vote = (p: number, s: number, value: 1 | -1 | 0, requestId: string | null = null) =>
        store.transaction((trx) =>
          trx.votes.record({ conversationId: c.id, participantId: participants[p]!.id, statementId: statements[s]!.id, value, requestId, createdAt: T0 }),
        );
      await vote(0, 0, 1, 'a');
      await vote(1, 0, -1);
      await vote(2, 1, 0);
      expect(await cachedTallies(store, c.id)).toEqual(await countedTallies(store, c.id));
      await vote(0, 0, -1);
      await vote(0, 0, -1);
      await vote(0, 0, 1, 'a');
      await vote(1, 2, 1);
      expect(await cachedTallies(store, c.id)).toEqual(await countedTallies(store, c.id));
      await store.participants.erase(participants[1]!.id);
      expect(await cachedTallies(store, c.id)).toEqual(await countedTallies(store, c.id));
      expect((await cachedTallies(store, c.id))[statements[0]!.id]).toEqual({ agree: 0, disagree: 1, pass: 0 });
    });

    it("keeps each participant's cached latest votes equal to the stored ones, through changes, retries, erasure and rollback", async () => {
      const c = await makeConversation(store);
      const statements = await Promise.all(['Yksi', 'Kaksi', 'Kolme'].map((t) => makeStatement(store, c.id, t)));
      const participants = await Promise.all([0, 1].map((i) => store.participants.findOrCreate(c.id, `key-${i}`, randomIds.newId(), T0)));
      // Read inside a transaction, past the cache.
      const stored = (p: number) => store.transaction((trx) => trx.votes.latestByParticipant(participants[p]!.id));
      const cached = (p: number) => store.votes.latestByParticipant(participants[p]!.id);
      const vote = (p: number, s: number, value: 1 | -1 | 0, at: number, requestId: string | null = null) =>
        store.transaction((trx) =>
          trx.votes.record({ conversationId: c.id, participantId: participants[p]!.id, statementId: statements[s]!.id, value, requestId, createdAt: at }),
        );
      expect(await cached(0)).toEqual([]);
      await vote(0, 1, 1, T0 + 1, 'a');
      await vote(0, 0, -1, T0 + 2);
      await vote(1, 2, 0, T0 + 3);
      expect(await cached(0)).toEqual(await stored(0));
      expect((await cached(0)).map((v) => v.statementId)).toEqual([statements[1]!.id, statements[0]!.id]);
      // A changed vote keeps its place; a retry changes nothing.
      await vote(0, 1, 0, T0 + 4);
      await vote(0, 1, -1, T0 + 5, 'a');
      await vote(0, 2, 1, T0 + 6);
      expect(await cached(0)).toEqual(await stored(0));
      expect((await cached(0))[0]).toMatchObject({ statementId: statements[1]!.id, value: 0, createdAt: T0 + 4 });
      expect(await cached(1)).toEqual(await stored(1));
      // A vote undone by its transaction is not kept.
      await expect(
        store.transaction(async (trx) => {
          await trx.votes.record({ conversationId: c.id, participantId: participants[0]!.id, statementId: statements[0]!.id, value: 1, requestId: null, createdAt: T0 + 7 });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await cached(0)).toEqual(await stored(0));
      expect(await cachedTallies(store, c.id)).toEqual(await countedTallies(store, c.id));
      await store.participants.erase(participants[1]!.id);
      expect(await cached(1)).toEqual([]);
      // Callers get their own array; changing a vote in it changes nothing kept.
      const mine = await cached(0);
      mine.pop();
      if (!Object.isFrozen(mine[0])) (mine[0] as { value: number }).value = 1;
      expect(await cached(0)).toEqual(await stored(0));
      expect(await cached(0)).toHaveLength(3);
    });

    it('shows a conversation change, a published statement and a new translation at once', async () => {
      const c = await makeConversation(store);
      expect((await store.conversations.findBySlug(c.slug))!.closedManually).toBe(false);
      await store.conversations.update(c.id, { closedManually: true });
      expect((await store.conversations.findBySlug(c.slug))!.closedManually).toBe(true);

      const pending = await makeStatement(store, c.id, 'Odottaa', { status: 'pending' });
      expect(await store.statements.list(c.id, ['published'])).toEqual([]);
      await store.statements.setDecision(pending.id, {
        status: 'published', rejectionReason: null, rejectionNote: null, duplicateOf: null, decidedAt: T0, decidedBy: null,
      });
      expect((await store.statements.list(c.id, ['published'])).map((s) => s.id)).toEqual([pending.id]);
      await store.statements.upsertTranslation(pending.id, 'sv', 'Väntar', 'väntar', T0, null);
      expect((await store.statements.findById(c.id, pending.id))!.translations).toEqual({ sv: 'Väntar' });
    });

    it('keeps nothing a rolled-back transaction read or wrote', async () => {
      const c = await makeConversation(store);
      await expect(
        store.transaction(async (trx) => {
          await trx.conversations.update(c.id, { closedManually: true });
          expect((await trx.conversations.findBySlug(c.slug))!.closedManually).toBe(true);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect((await store.conversations.findBySlug(c.slug))!.closedManually).toBe(false);
    });

    it('hands out values no caller can change by mistake', async () => {
      const c = await makeConversation(store);
      await makeStatement(store, c.id, 'Jaettu');
      const conversation = (await store.conversations.findBySlug(c.slug))!;
      expect(() => ((conversation.settings as { statementMaxLength: number }).statementMaxLength = 1)).toThrow(TypeError);
      const [statement] = await store.statements.list(c.id, ['published']);
      expect(() => ((statement!.translations as Record<string, string>).sv = 'x')).toThrow(TypeError);
      // Lists are the caller's own copies.
      (await store.statements.list(c.id, ['published'])).pop();
      expect(await store.statements.list(c.id, ['published'])).toHaveLength(1);
    });
  });
}

describe('a read cache shelf', () => {
  const conversation = (slug: string) => ({ slug }) as unknown as Conversation;
  const gate = () => {
    let open!: () => void;
    return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
  };

  it('gives callers that miss together one load, and starts a new one for callers after a write', async () => {
    const cache = new ReadCache({ ttlMs: 60_000, tallyTtlMs: 60_000, quietMs: 0 });
    const slow = gate();
    let loads = 0;
    const load = async () => {
      const n = ++loads;
      await slow.opened;
      return conversation(`v${n}`);
    };
    const together = [cache.conversations.through('c', load), cache.conversations.through('c', load)];
    cache.conversations.forget();
    const afterWrite = cache.conversations.through('c', load);
    slow.open();
    expect((await Promise.all(together)).map((c) => c!.slug)).toEqual(['v1', 'v1']);
    expect((await afterWrite)!.slug).toBe('v2');
    expect(loads).toBe(2);
  });
});

describe('a read cache shelf beside other processes', () => {
  it('shares no load started just after a write, which may still read what the write replaces', async () => {
    const cache = new ReadCache({ ttlMs: 60_000, tallyTtlMs: 60_000, quietMs: 60_000 });
    cache.conversations.forget();
    let loads = 0;
    const load = async () => ({ slug: `v${++loads}` }) as unknown as Conversation;
    const [first, second] = await Promise.all([cache.conversations.through('c', load), cache.conversations.through('c', load)]);
    expect([first!.slug, second!.slug]).toEqual(['v1', 'v2']);
  });
});
