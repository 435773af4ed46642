import { describe, expect, it } from 'vitest';
import { consensus, groupInformedConsensus } from './consensus.js';
import { proportionTest } from './stats.js';

const params = { significanceZ: 1.2816, consensusCount: 2, consensusMinProbability: 0.5 };

describe('consensus', () => {
  it('lists statements most voters agree or disagree with, ranked by p·test', () => {
    const agree = [15, 3, 13, 24, 24], disagree = [0, 11, 1, 1, 1], votes = [16, 14, 14, 25, 25];
    const r = consensus(agree, disagree, votes, params);
    // p·test: 24 of 25 twice (tie → earlier statement first), then 15 of 16, then 13 of 14.
    expect(r.agree.map((e) => e.column)).toEqual([3, 4]);
    expect(r.agree[0]).toEqual({ column: 3, successes: 24, votes: 25, p: 25 / 27, test: proportionTest(24, 25) });
    expect(r.disagree.map((e) => e.column)).toEqual([1]);
    expect(r.disagree[0]!.p).toBeCloseTo(12 / 16, 15);
  });

  it('needs p above ½ and a significant test', () => {
    // 2 of 2: p = 3/4 but test = 2·sqrt(3)·(3/3 − ½) = sqrt(3) > 1.2816; 1 of 1: test = sqrt(2) > 1.2816;
    // 0 of 0: p = ½, not above.
    const r = consensus([2, 1, 0], [0, 0, 0], [2, 1, 0], { ...params, consensusCount: 5 });
    expect(r.agree.map((e) => e.column)).toEqual([0, 1]);
    const strict = consensus([2, 1, 0], [0, 0, 0], [2, 1, 0], { ...params, significanceZ: 1.5 });
    expect(strict.agree.map((e) => e.column)).toEqual([0]);
  });
});

describe('group-informed consensus', () => {
  it('multiplies the groups’ smoothed agree rates, and takes their geometric mean', () => {
    const t = { groups: 2, cols: 2, agree: Int32Array.from([9, 0, 5, 3]), disagree: Int32Array.from([0, 0, 0, 0]), votes: Int32Array.from([10, 0, 6, 4]) };
    const g = groupInformedConsensus(t);
    expect(g.product[0]).toBeCloseTo((10 / 12) * (6 / 8), 15);
    expect(g.product[1]).toBeCloseTo((1 / 2) * (4 / 6), 15);
    expect(g.geometricMean[0]).toBeCloseTo(Math.sqrt((10 / 12) * (6 / 8)), 15);
    expect(g.geometricMean[1]).toBeCloseTo(Math.sqrt((1 / 2) * (4 / 6)), 15);
  });
});
