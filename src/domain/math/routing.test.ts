import { describe, expect, it } from 'vitest';
import { hashString } from './random.js';
import { chooseNextStatement, drawFraction, statementPriority } from './routing.js';

const params = { priorityNewBoost: 8, priorityBoostHalfLife: 5, seedFirst: true };

describe('statement priority', () => {
  it('is ((1 − p)·(E + 1)·a·(1 + 8·2^(−S/5)))²', () => {
    // No votes, no extremity: p = a = ½, boost 9 → (½·1·½·9)² = 5.0625 (Pol.is gives new statements this).
    expect(statementPriority(0, 0, 0, 0, params)).toBeCloseTo(5.0625, 12);
    // A = 6, P = 2, S = 10, E = 0.5: p = 3/12, a = 7/12, boost 1 + 8/4 = 3.
    expect(statementPriority(6, 2, 10, 0.5, params)).toBeCloseTo(((9 / 12) * 1.5 * (7 / 12) * 3) ** 2, 12);
  });

  it('favours statements with fewer votes, fewer passes and more extremity', () => {
    expect(statementPriority(5, 0, 10, 0, params)).toBeGreaterThan(statementPriority(50, 0, 100, 0, params));
    expect(statementPriority(5, 0, 10, 0, params)).toBeGreaterThan(statementPriority(5, 4, 10, 0, params));
    expect(statementPriority(5, 0, 10, 2, params)).toBeGreaterThan(statementPriority(5, 0, 10, 1, params));
  });
});

describe('choosing the next statement', () => {
  const candidates = [
    { statementId: 'a', priority: 1 }, { statementId: 'b', priority: 3 }, { statementId: 'c', priority: 0 },
    { statementId: 's', priority: 0.5, seed: true },
  ];

  it('draws the same statement for the same participant and vote count', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(drawFraction('p1', 3)).toBe(drawFraction('p1', 3));
    expect(drawFraction('p1', 3)).not.toBe(drawFraction('p1', 4));
    const f = drawFraction('someone', 0);
    expect(f).toBeGreaterThanOrEqual(0);
    expect(f).toBeLessThan(1);
    expect(chooseNextStatement(candidates, new Set(['s']), 'p1', 3, params)).toBe(chooseNextStatement(candidates, new Set(['s']), 'p1', 3, params));
  });

  it('shows unvoted seed statements first, never a voted or zero-priority one', () => {
    expect(chooseNextStatement(candidates, new Set(), 'p', 0, params)).toBe('s');
    expect(chooseNextStatement(candidates, new Set(), 'p', 0, { seedFirst: false })).not.toBe('c');
    for (let n = 0; n < 50; n++) expect(chooseNextStatement(candidates, new Set(['s', 'b']), `p${n}`, n, params)).toBe('a');
    expect(chooseNextStatement(candidates, new Set(['a', 'b', 's']), 'p', 0, params)).toBeNull();
  });

  it('draws in proportion to priority', () => {
    const counts = { a: 0, b: 0 } as Record<string, number>;
    for (let n = 0; n < 4000; n++) counts[chooseNextStatement(candidates, new Set(['s']), `p${n}`, n % 7, params)!]!++;
    expect(counts.b! / 4000).toBeGreaterThan(0.7);
    expect(counts.b! / 4000).toBeLessThan(0.8);
  });
});
