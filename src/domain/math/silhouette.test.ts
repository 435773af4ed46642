import { describe, expect, it } from 'vitest';
import { bestK, candidateKs, INITIAL_K_SMOOTHING, silhouette, smoothK } from './silhouette.js';

describe('silhouette', () => {
  it('computes (b − a) / max(a, b) by hand', () => {
    // Points on a line at 0, 1 (cluster 0) and 5 (cluster 1, alone).
    const s = silhouette(Float64Array.from([0, 0, 1, 0, 5, 0]), Int32Array.from([0, 0, 1]), 2);
    const first = (5 - 1) / 5, second = (4 - 1) / 4;
    expect(s).toBeCloseTo((first + second + 0) / 3, 15);
  });

  it('is −1 with a single non-empty cluster', () => {
    expect(silhouette(Float64Array.from([0, 0, 1, 1]), Int32Array.from([1, 1]), 2)).toBe(-1);
  });

  it('tries k = 2 … min(5, 2 + ⌊n/12⌋, n)', () => {
    expect(candidateKs(1, 2, 5, 12)).toEqual([]);
    expect(candidateKs(2, 2, 5, 12)).toEqual([2]);
    expect(candidateKs(23, 2, 5, 12)).toEqual([2, 3]);
    expect(candidateKs(100, 2, 5, 12)).toEqual([2, 3, 4, 5]);
  });

  it('picks the best k, the smaller on ties', () => {
    expect(bestK(new Map([[3, 0.4], [2, 0.4], [4, 0.1]]))).toBe(2);
    expect(bestK(new Map([[2, 0.1], [3, 0.5]]))).toBe(3);
    expect(bestK(new Map())).toBeNull();
  });

  it('changes the shown k only after the same new k won four updates in a row', () => {
    let s = smoothK(2, INITIAL_K_SMOOTHING, 4, [2, 3, 4]);
    expect(s.shown).toBe(2);
    for (const [winner, shown] of [[3, 2], [3, 2], [4, 2], [3, 2], [3, 2], [3, 2], [3, 3]] as const) {
      s = smoothK(winner, s, 4, [2, 3, 4]);
      expect(s.shown).toBe(shown);
    }
    expect(s).toEqual({ shown: 3, candidate: null, streak: 0 });
    // A shown k that is no longer possible is replaced at once.
    expect(smoothK(2, s, 4, [2]).shown).toBe(2);
  });
});
