import { describe, expect, it } from 'vitest';
import { proportionTest, repStats, smoothedProbability, twoProportionTest } from './stats.js';

describe('stats', () => {
  it('smooths a probability with one pseudo-success in two pseudo-trials', () => {
    expect(smoothedProbability(0, 0)).toBe(0.5);
    expect(smoothedProbability(6, 6)).toBeCloseTo(7 / 8, 15);
    expect(smoothedProbability(1, 10)).toBeCloseTo(2 / 12, 15);
  });

  it('tests a proportion against ½: 2·sqrt(n+1)·((s+1)/(n+1) − ½)', () => {
    // 6 of 6: 2·sqrt(7)·(7/7 − ½) = sqrt(7)
    expect(proportionTest(6, 6)).toBeCloseTo(Math.sqrt(7), 12);
    // 15 of 16: 2·sqrt(17)·(16/17 − ½)
    expect(proportionTest(15, 16)).toBeCloseTo(2 * Math.sqrt(17) * (16 / 17 - 0.5), 12);
    expect(proportionTest(0, 0)).toBeCloseTo(1, 12);
  });

  it('tests two proportions with a pooled variance', () => {
    // 7/7 against 3/10: pooled 10/17.
    const pooled = 10 / 17;
    const expected = (1 - 0.3) / Math.sqrt(pooled * (1 - pooled) * (1 / 7 + 1 / 10));
    expect(twoProportionTest(7, 7, 3, 10)).toBeCloseTo(expected, 12);
    expect(twoProportionTest(3, 3, 5, 5)).toBe(0);
    expect(twoProportionTest(2, 4, 2, 4)).toBe(0);
  });

  it('combines the group and the rest into representativeness statistics', () => {
    // Group: 6 agree of 6 votes; rest: 2 agree, 5 disagree of 9.
    const s = repStats(6, 0, 6, 2, 5, 9);
    expect(s.pa).toBeCloseTo(7 / 8, 15);
    expect(s.pd).toBeCloseTo(1 / 8, 15);
    expect(s.ra).toBeCloseTo((7 / 8) / (3 / 11), 12);
    expect(s.rd).toBeCloseTo((1 / 8) / (6 / 11), 12);
    expect(s.rat).toBeCloseTo(twoProportionTest(7, 7, 3, 10), 12);
    expect(s.rdt).toBeCloseTo(twoProportionTest(1, 7, 6, 10), 12);
    expect(s.pat).toBeCloseTo(Math.sqrt(7), 12);
  });
});
