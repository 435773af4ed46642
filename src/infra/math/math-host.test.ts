import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoteEvent } from '../../app/ports.js';
import { cookieFrom, testServer, type TestServer } from '../../../test/support/http.js';
import { soleLeader, type Leadership } from './leadership.js';
import { MathHost } from './math-host.js';

const SLUG = 'helsinki-osallisuus-2026';

async function until<T>(what: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the math host', () => {
  let t: TestServer;
  let host: MathHost;
  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
  });
  afterEach(async () => {
    await host?.stop();
    await t.close();
  });

  async function voteAs(n: number, pattern: (i: number, s: number) => 'agree' | 'disagree' | 'pass') {
    const ids: string[] = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/statements` })).json().statements.map((s: { id: string }) => s.id);
    for (let i = 0; i < n; i++) {
      let cookie: string | undefined;
      for (let s = 0; s < 10; s++) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/conversations/${SLUG}/votes`,
          payload: { statementId: ids[s], value: pattern(i, s) },
          headers: cookie ? { cookie } : {},
        });
        cookie ??= cookieFrom(res);
      }
    }
    return ids;
  }

  it('turns stored votes into a versioned snapshot, served by the API and announced', async () => {
    host = new MathHost({ store: t.db.store, leadership: soleLeader, pollMs: 20, minIntervalMs: 50, log: (m, e) => console.error('HOST', m, e) });
    const announced: number[] = [];
    host.onResults((_c, v) => announced.push(v));
    await host.start();
    // Two planted camps: the first half agrees with the first five statements, the rest disagrees.
    await voteAs(30, (i, s) => ((i < 15) === (s < 5) ? 'agree' : 'disagree'));
    const results = await until(async () => {
      const r = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/results` })).json();
      return r.votes === 300 ? r : null;
    });
    expect(results.participants).toBe(30);
    expect(results.k).toBe(2);
    expect(results.groups.map((g: { size: number }) => g.size).sort()).toEqual([15, 15]);
    expect(announced.length).toBeGreaterThan(0);
    expect(results.version).toBe(announced[announced.length - 1]);
  });

  it('computes nothing while another process leads', async () => {
    const follower: Leadership = { tryLead: async () => false, release: async () => {} };
    host = new MathHost({ store: t.db.store, leadership: follower, pollMs: 20, minIntervalMs: 50 });
    await host.start();
    await voteAs(3, () => 'agree');
    await new Promise((r) => setTimeout(r, 400));
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    expect(await t.db.store.snapshots.latest(conversation.id)).toBeNull();
  });

  it('takes a moderator\'s withdrawal into the math without a new vote', async () => {
    host = new MathHost({ store: t.db.store, leadership: soleLeader, pollMs: 20, minIntervalMs: 50, factsRefreshMs: 50 });
    await host.start();
    const ids = await voteAs(20, (i, s) => ((i < 10) === (s < 5) ? 'agree' : 'disagree'));
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    await until(async () => (await t.db.store.snapshots.latest(conversation.id))?.votes === 200);
    await t.db.store.statements.setDecision(ids[0]!, { status: 'withdrawn', rejectionReason: 'offensive', rejectionNote: null, duplicateOf: null, decidedAt: 1, decidedBy: null });
    const r = await until(async () => {
      const res = (await t.app.inject({ url: `/api/v1/conversations/${SLUG}/results` })).json();
      return res.tallies.find((x: { statementId: string }) => x.statementId === ids[0])?.included === false ? res : null;
    });
    expect(r.tallies.find((x: { statementId: string }) => x.statementId === ids[1]).included).toBe(true);
  });

  it('takes in a vote that shows after a later one was read, as a vote committing late does on PostgreSQL', async () => {
    // The store hides the first vote from every read until 300 ms after it was first asked for.
    const store = t.db.store;
    let hidden: number | null = null;
    let showsAt = Infinity;
    const visible = (events: VoteEvent[]) => {
      if (hidden === null && events.length > 0) [hidden, showsAt] = [events[0]!.seq, Date.now() + 300];
      return Date.now() < showsAt ? events.filter((e) => e.seq !== hidden) : events;
    };
    const votes = new Proxy(store.votes, {
      get: (target, prop) =>
        prop === 'since' || prop === 'withSeqs'
          ? async (...args: never[]) => visible(await (target[prop] as (...a: never[]) => Promise<VoteEvent[]>)(...args))
          : Reflect.get(target, prop),
    });
    const lateStore = new Proxy(store, { get: (target, prop) => (prop === 'votes' ? votes : Reflect.get(target, prop)) });
    host = new MathHost({ store: lateStore, leadership: soleLeader, pollMs: 20, minIntervalMs: 50 });
    await host.start();
    await voteAs(10, (i, s) => ((i < 5) === (s < 5) ? 'agree' : 'disagree'));
    const conversation = (await store.conversations.findBySlug(SLUG))!;
    const snapshot = await until(async () => {
      const latest = await store.snapshots.latest(conversation.id);
      return latest?.votes === 100 ? latest : null;
    });
    expect(hidden).not.toBeNull();
    expect(snapshot.participants).toBe(10);
  });
});
