import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari.js';

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('matches a hand computation', () => {
    // Contingency [[2, 1], [0, 2]]: 1 + 1 agreeing pairs, row pairs 3 + 1, column pairs 1 + 3, 10 pairs in all.
    const expected = (2 - (4 * 4) / 10) / ((4 + 4) / 2 - (4 * 4) / 10);
    expect(adjustedRandIndex([0, 0, 0, 1, 1], ['x', 'x', 'y', 'y', 'y'])).toBeCloseTo(expected, 15);
  });

  it('rejects labellings of different lengths', () => {
    expect(() => adjustedRandIndex([1], [1, 2])).toThrow(RangeError);
  });
});
