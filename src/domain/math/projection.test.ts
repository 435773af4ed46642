import { describe, expect, it } from 'vitest';
import { projectParticipants, projectionScale, statementExtremity } from './projection.js';

describe('projection', () => {
  it('scales by sqrt(n_included / votes), and counts mod-out columns as voted under Pol.is parity', () => {
    expect(projectionScale(4, { included: 16, excludedWithVotes: 2, polisParity: false })).toBe(2);
    expect(projectionScale(0, { included: 16, excludedWithVotes: 2, polisParity: false })).toBe(4);
    expect(projectionScale(4, { included: 16, excludedWithVotes: 2, polisParity: true })).toBeCloseTo(Math.sqrt(18 / 6), 15);
    expect(projectionScale(0, { included: 3, excludedWithVotes: 0, polisParity: true })).toBe(0);
  });

  it('sums centred votes times loadings, then scales', () => {
    // Two rows over three columns: row 0 voted columns 0 and 2, row 1 only column 1.
    const rowPtr = Int32Array.from([0, 2, 3]), col = Int32Array.from([0, 2, 1]);
    const x = Float64Array.from([0.5, -1, 0.25]);
    const comps: [Float64Array, Float64Array] = [Float64Array.from([1, 2, 3]), Float64Array.from([0, 1, -1])];
    const p = projectParticipants(rowPtr, col, x, comps, { included: 3, excludedWithVotes: 0, polisParity: false });
    const s0 = Math.sqrt(3 / 2), s1 = Math.sqrt(3);
    expect(p[0]).toBeCloseTo((0.5 * 1 - 1 * 3) * s0, 15);
    expect(p[1]).toBeCloseTo((0 + 1) * s0, 15);
    expect(p[2]).toBeCloseTo(0.25 * 2 * s1, 15);
    expect(p[3]).toBeCloseTo(0.25 * 1 * s1, 15);
  });

  it('measures a statement’s extremity as the length of sqrt(n)·(1 − c)·(pc1, pc2)', () => {
    const e = statementExtremity(Float64Array.from([0.5, -1]), [Float64Array.from([0.6, 0]), Float64Array.from([0.8, 1])], { included: 4, excludedWithVotes: 5, polisParity: false });
    expect(e[0]).toBeCloseTo(2 * 0.5 * 1, 15);
    expect(e[1]).toBeCloseTo(2 * 2 * 1, 15);
    const parity = statementExtremity(Float64Array.from([0]), [Float64Array.from([1]), Float64Array.from([0])], { included: 4, excludedWithVotes: 5, polisParity: true });
    expect(parity[0]).toBeCloseTo(3, 15);
  });
});
