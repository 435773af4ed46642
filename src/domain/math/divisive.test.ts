import { describe, expect, it } from 'vitest';
import { divisiveStatements } from './divisive.js';

describe('divisive statements', () => {
  it('ranks statements by the variance of the groups’ agree rates', () => {
    // Column 0: 8/8 vs 0/8; column 1: 6/8 vs 2/8; column 2: 4/8 vs 4/8 (not divisive); column 3: too few votes.
    const t = {
      groups: 2, cols: 4,
      agree: Int32Array.from([8, 6, 4, 2, 0, 2, 4, 0]),
      disagree: Int32Array.from([0, 2, 4, 0, 8, 6, 4, 2]),
      votes: Int32Array.from([8, 8, 8, 2, 8, 8, 8, 2]),
    };
    const r = divisiveStatements(t, { divisiveMinVotesPerGroup: 3, divisiveCount: 5 });
    expect(r.map((d) => d.column)).toEqual([0, 1]);
    const [a, b] = [9 / 10, 1 / 10];
    expect(r[0]!.agreeByGroup).toEqual([a, b]);
    expect(r[0]!.variance).toBeCloseTo(((a - b) / 2) ** 2, 15);
  });

  it('needs at least two groups', () => {
    const t = { groups: 1, cols: 1, agree: Int32Array.from([5]), disagree: Int32Array.from([0]), votes: Int32Array.from([5]) };
    expect(divisiveStatements(t, { divisiveMinVotesPerGroup: 1, divisiveCount: 5 })).toEqual([]);
  });
});
