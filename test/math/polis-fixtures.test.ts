/**
 * The opinion math against Pol.is's own output for five real conversations (red-dwarf fixtures,
 * MPL-2.0). Below 100 participants every participant is their own base cluster, so with k forced to
 * Pol.is's number of groups the results must agree exactly; above that, Pol.is's base clusters depend
 * on its update history, so groups are compared by adjusted Rand index.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/domain/math/ari.js';
import { computeMath, type MathResult } from '../../src/domain/math/index.js';
import { readPolisMathFixture, toMathInput, type PolisMathFixture } from '../../src/infra/polis/index.js';
import { correlation, groupOf, POLIS_MATH, stateFromPolis } from './helpers.js';

const PARITY = { params: { polisParity: true } };

function load(name: string): PolisMathFixture {
  return readPolisMathFixture(join(POLIS_MATH, name));
}

function componentCorrelations(result: MathResult, fixture: PolisMathFixture): number[] {
  const at = new Map(result.pca.statementIds.map((id, j) => [id, j]));
  return [0, 1].map((k) => {
    const ours: number[] = [], theirs: number[] = [];
    fixture.math.tids.forEach((t, j) => {
      const i = at.get(t);
      if (i === undefined) return;
      ours.push(result.pca.comps[k]![i]!);
      theirs.push(fixture.math.pca.comps[k]![j]!);
    });
    return correlation(ours, theirs);
  });
}

const EXACT = ['below-100-ptpts', '25ptpt-3gp-no-strict-with-meta', '50ptpt-3gp-strict-no-meta'];

describe.each(EXACT)('Pol.is fixture %s (exact)', (name) => {
  const fixture = load(name);
  const input = () => toMathInput(fixture.conversation);
  const k = fixture.math.groups.length;
  const cold = computeMath(input(), { ...PARITY, forceK: k }).result;
  const warm = computeMath(input(), { ...PARITY, forceK: k }, stateFromPolis(fixture.math)).result;

  it('clusters the same participants (in-conv, replaying the votes in time order)', () => {
    expect([...cold.inConv].sort()).toEqual([...fixture.math.inConv].sort());
  });

  it('finds the same principal components up to sign', () => {
    for (const r of componentCorrelations(cold, fixture)) expect(Math.abs(r)).toBeGreaterThanOrEqual(0.999);
  });

  it('forms the same groups from Pol.is’s group centres', () => {
    expect(warm.groups).toHaveLength(k);
    warm.groups.forEach((g, i) => {
      expect([...g.members].sort()).toEqual([...fixture.math.groups[i]!.participants].sort());
    });
  });

  it('picks the same representative statements, in the same order', () => {
    warm.groups.forEach((g, i) => {
      const theirs = fixture.math.repness[String(fixture.math.groups[i]!.id)]!;
      expect(g.repness.map((e) => [e.statementId, e.bestAgree])).toEqual(theirs.map((e) => [e.statementId, e.bestAgree]));
      // Pol.is labels its best-agreed statement by which test is larger; we always show it as agree.
      g.repness.forEach((e, j) => expect(e.direction).toBe(e.bestAgree ? 'agree' : theirs[j]!.direction));
    });
  });

  it('finds the same consensus statements and group-aware consensus', () => {
    expect(cold.consensus.agree.map((c) => c.statementId)).toEqual(fixture.math.consensus.agree);
    expect(cold.consensus.disagree.map((c) => c.statementId)).toEqual(fixture.math.consensus.disagree);
    for (const e of warm.groupInformedConsensus) {
      expect(e.product).toBeCloseTo(fixture.math.groupAwareConsensus[e.statementId]!, 12);
    }
  });

  it('chooses Pol.is’s number of groups by silhouette when not forced', () => {
    expect(computeMath(input(), PARITY).result.groups).toHaveLength(k);
  });
});

// Not 50ptpt-3gp-strict-no-meta: Pol.is gave all its statements priority 49, a bug at the time.
describe.each(['below-100-ptpts', '25ptpt-3gp-no-strict-with-meta'])('Pol.is fixture %s (routing)', (name) => {
  it('gives the same routing priorities', () => {
    const fixture = load(name);
    const { result } = computeMath(toMathInput(fixture.conversation), { ...PARITY, forceK: fixture.math.groups.length }, stateFromPolis(fixture.math));
    let compared = 0;
    for (const p of result.priorities) {
      const theirs = fixture.math.commentPriorities[p.statementId];
      if (theirs === undefined) continue;
      expect(p.priority / theirs).toBeCloseTo(1, 9);
      compared++;
    }
    expect(compared).toBeGreaterThan(0.9 * result.priorities.length);
  });
});

const LARGE = [
  { name: '150ptpt-3gp-no-strict-no-meta', floor: 0.85 },
  { name: 'above-100-ptpts', floor: 0.85 },
];

describe.each(LARGE)('Pol.is fixture $name (adjusted Rand index)', ({ name, floor }) => {
  it(`groups participants like Pol.is (ARI ≥ ${floor})`, () => {
    const fixture = load(name);
    const result = computeMath(toMathInput(fixture.conversation), { ...PARITY, forceK: fixture.math.groups.length }).result;
    for (const r of componentCorrelations(result, fixture)) expect(Math.abs(r)).toBeGreaterThanOrEqual(0.999);
    const ours = groupOf(result);
    const theirs = new Map(fixture.math.groups.flatMap((g) => g.participants.map((p) => [p, g.id] as const)));
    const both = [...ours.keys()].filter((p) => theirs.has(p));
    const ari = adjustedRandIndex(both.map((p) => ours.get(p)!), both.map((p) => theirs.get(p)!));
    process.stdout.write(`  ${name}: ARI ${ari.toFixed(3)} over ${both.length} participants clustered by both\n`);
    expect(both.length).toBeGreaterThan(0.8 * theirs.size);
    expect(ari).toBeGreaterThanOrEqual(floor);
  });
});
