import { describe, expect, it } from 'vitest';
import { PlantedConversation } from '../../../test/math/synthetic.js';
import { computeMath, VoteMatrix, type MathInput } from './index.js';

function small(): MathInput {
  const votes = new VoteMatrix();
  let t = 0;
  // Two camps of 12 over six statements; s5 is agreed by everyone; 'troll' is banned.
  for (let i = 0; i < 24; i++) {
    const side = i < 12 ? 1 : -1;
    for (let s = 0; s < 5; s++) votes.add(`p${i}`, `s${s}`, (s % 2 === 0 ? side : -side) as 1 | -1, t++);
    votes.add(`p${i}`, 's5', 1, t++);
    votes.add(`p${i}`, 'rejected', -1, t++);
  }
  for (let s = 0; s < 6; s++) votes.add('troll', `s${s}`, -1, t++);
  return { votes, statements: ['s0', 's1', 's2', 's3', 's4', 's5', 'rejected', 'meta', 'new'], modOut: ['rejected'], meta: ['meta'], banned: ['troll'], seed: ['s0'] };
}

describe('computeMath', () => {
  it('gives plain JSON that survives a round trip', () => {
    const { result, state } = computeMath(small());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(result.timingsMs).toEqual({});
  });

  it('counts participants, statements and votes without banned participants', () => {
    const { result } = computeMath(small());
    expect(result.participants).toBe(24);
    expect(result.statements).toBe(9);
    expect(result.votes).toBe(24 * 7);
    expect(result.participantIds).not.toContain('troll');
    expect(result.inConv).toHaveLength(24);
  });

  it('keeps mod-out and meta statements in the tallies but out of the math', () => {
    const { result } = computeMath(small());
    const rejected = result.statementTallies.find((s) => s.id === 'rejected')!;
    expect(rejected).toMatchObject({ included: false, disagree: 24 });
    expect(result.pca.statementIds).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    expect(result.priorities.map((p) => p.statementId)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 'meta', 'new']);
    expect(result.priorities.find((p) => p.statementId === 'meta')!.priority).toBe(result.parameters.metaPriority);
    expect(result.priorities.find((p) => p.statementId === 'new')!.priority).toBeCloseTo(5.0625, 12);
  });

  it('finds the two camps, what divides them and what unites them', () => {
    const { result } = computeMath(small());
    expect(result.groups.map((g) => g.members.length).sort()).toEqual([12, 12]);
    const camp = (id: string) => Number(id.slice(1)) < 12;
    for (const g of result.groups) expect(new Set(g.members.map(camp)).size).toBe(1);
    expect(result.consensus.agree.map((c) => c.statementId)).toEqual(['s5']);
    const divisive = result.divisive.map((d) => d.statementId);
    expect(divisive).not.toContain('s5');
    expect(divisive).toHaveLength(5);
    const gic = Object.fromEntries(result.groupInformedConsensus.map((g) => [g.statementId, g.geometricMean]));
    expect(gic.s5).toBeGreaterThan(gic.s0!);
    const bridging = Object.fromEntries(result.bridging!.statements.map((s) => [s.statementId, s.intercept]));
    expect(Math.max(...Object.values(bridging))).toBe(bridging.s5);
    for (const g of result.groups) expect(g.repness.length).toBeGreaterThan(0);
  });

  it('uses a forced k, capped by the number of base clusters, and reports it', () => {
    const conv = new PlantedConversation({ participants: 120, statements: 20, votesPerParticipant: 12, groups: 2, seed: 9 });
    const { result } = computeMath({ votes: conv.matrix }, { forceK: 4 });
    expect(result.k).toMatchObject({ shown: 4, forced: true });
    expect(result.groups).toHaveLength(4);
    // small() has only two distinct opinion profiles, so two base clusters.
    expect(computeMath(small(), { forceK: 3 }).result.groups).toHaveLength(2);
  });

  it('measures stage timings only with a clock', () => {
    let now = 0;
    const { result } = computeMath(small(), { clock: () => (now += 1) });
    expect(Object.keys(result.timingsMs)).toEqual(['prepare', 'inConv', 'pca', 'projection', 'clustering', 'statistics', 'priorities', 'bridging', 'total']);
  });

  it('can leave the bridging fit out', () => {
    expect(computeMath(small(), { bridging: false }).result.bridging).toBeNull();
  });

  it('handles a conversation without votes', () => {
    const { result } = computeMath({ votes: new VoteMatrix(), statements: ['a'] });
    expect(result).toMatchObject({ participants: 0, votes: 0, inConv: [], groups: [] });
    expect(result.priorities).toEqual([{ statementId: 'a', priority: 5.0625 }]);
  });

  it('carries state between updates: warm PCA, k smoothing, everyone ever in-conv', () => {
    const conv = new PlantedConversation({ participants: 300, statements: 40, votesPerParticipant: 20, groups: 3, seed: 5 });
    const input = { votes: conv.matrix, statements: conv.statementIds };
    const first = computeMath(input);
    expect(first.result.k.shown).toBe(3);
    conv.addVotes(100);
    const second = computeMath(input, {}, first.state);
    expect(second.result.pca.iterations).toBeLessThan(first.result.pca.iterations);
    expect(second.result.groups.map((g) => g.members.length).reduce((a, b) => a + b, 0)).toBe(300);
    // Signs stay aligned with the previous update.
    let dot = 0;
    first.result.pca.comps[0].forEach((v, j) => { dot += v * second.result.pca.comps[0][j]!; });
    expect(dot).toBeGreaterThan(0.99);
    // A k the silhouette would not choose stays shown while the smoothing state says so.
    const held = computeMath(input, {}, { ...second.state, kSmoothing: { shown: 2, candidate: null, streak: 0 } });
    expect(held.result.k).toMatchObject({ shown: 2, winner: 3, candidate: 3, streak: 1 });
  });
});
