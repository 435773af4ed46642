import { describe, expect, it } from 'vitest';
import { bestAgree, groupStats, representativeStatements, tallyGroups } from './repness.js';
import { repStats, type RepStats } from './stats.js';

const params = { significanceZ: 1.2816, repnessCount: 5 };

describe('tallies', () => {
  it('counts agrees, disagrees and votes per group and column', () => {
    const rowPtr = Int32Array.from([0, 2, 3, 5]), col = Int32Array.from([0, 1, 0, 0, 1]), val = Int8Array.from([1, -1, 0, -1, 1]);
    const t = tallyGroups(rowPtr, col, val, Int32Array.from([0, -1, 1]), 2, 2);
    expect(Array.from(t.agree)).toEqual([1, 0, 0, 1]);
    expect(Array.from(t.disagree)).toEqual([0, 1, 1, 0]);
    expect(Array.from(t.votes)).toEqual([1, 1, 1, 1]);
  });

  it('compares a group with all the others together', () => {
    const t = { groups: 3, cols: 1, agree: Int32Array.from([6, 1, 1]), disagree: Int32Array.from([0, 2, 3]), votes: Int32Array.from([6, 4, 5]) };
    expect(groupStats(t, 0)[0]).toEqual(repStats(6, 0, 6, 2, 5, 9));
  });
});

/** Stats with the given tallies against a fixed rest. */
const stat = (na: number, nd: number, ns: number, oa = 10, od = 10, os = 25): RepStats => repStats(na, nd, ns, oa, od, os);

describe('best agree', () => {
  it('is the highest agree score among statements the group agrees with more than others', () => {
    const stats = [stat(9, 1, 10), stat(10, 0, 10), stat(2, 8, 10), stat(10, 0, 10, 24, 0, 25)];
    expect(bestAgree(stats)).toBe(1);
  });

  it('falls back to the highest pa·pat when the group agrees more than others with nothing', () => {
    const stats = [stat(3, 5, 10, 20, 2, 25), stat(6, 2, 10, 24, 0, 25), stat(0, 9, 10, 20, 0, 25)];
    expect(bestAgree(stats)).toBe(1);
    expect(bestAgree([stat(0, 3, 3, 20, 0, 25)])).toBeNull();
  });
});

describe('representative statements', () => {
  it('keeps the best five with the best agree first, then agrees, then disagrees', () => {
    const stats = [
      stat(20, 0, 20), // 0: strong agree (best agree)
      stat(0, 20, 20), // 1: strong disagree, highest disagree score
      stat(15, 2, 18), // 2: agree
      stat(14, 3, 18), // 3: agree
      stat(1, 15, 17), // 4: disagree
      stat(13, 3, 18), // 5: agree
      stat(12, 4, 18), // 6: weaker agree, sixth
      stat(5, 5, 10), // 7: not significant
    ];
    const r = representativeStatements(stats, params);
    expect(r.map((e) => [e.column, e.direction, e.bestAgree])).toEqual([
      [0, 'agree', true], [2, 'agree', false], [3, 'agree', false], [1, 'disagree', false], [4, 'disagree', false],
    ]);
    for (const e of r) {
      const s = stats[e.column]!;
      expect(e.metric).toBeCloseTo(e.direction === 'agree' ? s.ra * s.rat * s.pa * s.pat : s.rd * s.rdt * s.pd * s.pdt, 12);
    }
  });

  it('needs both tests above the threshold', () => {
    // Agrees much more than the rest (rat high) but too few votes for pat.
    const s = stat(1, 0, 2, 0, 25, 25);
    expect(s.rat).toBeGreaterThan(1.2816);
    expect(s.pat).toBeLessThan(1.2816);
    const r = representativeStatements([stat(3, 4, 10), s], params);
    expect(r.filter((e) => !e.bestAgree)).toEqual([]);
  });

  it('keeps only the best-agreed statement when nothing is significant, as Pol.is does', () => {
    const r = representativeStatements([stat(3, 4, 10), stat(6, 3, 10, 12, 8, 25)], params);
    expect(r.map((e) => e.column)).toEqual([1]);
    expect(r[0]!.bestAgree).toBe(true);
  });
});
