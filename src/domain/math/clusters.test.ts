import { describe, expect, it } from 'vitest';
import { baseClusters, farthestFirst, groupClusterings, inertia } from './clusters.js';
import { groupParticipants } from './grouping.js';
import { resolveParams } from './params.js';

const params = resolveParams();

/** Points around the given centres, `per` each, on a small deterministic ring. */
function blobs(centres: [number, number][], per: number): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < per; i++) for (const [x, y] of centres) out.push(x + 0.3 * Math.cos(i * 2.4), y + 0.3 * Math.sin(i * 2.4));
  return Float64Array.from(out);
}

describe('base clusters', () => {
  it('gives one cluster per distinct point when there are no more than k', () => {
    const b = baseClusters(Float64Array.from([1, 1, 2, 2, 1, 1]), params);
    expect(Array.from(b.centres)).toEqual([1, 1, 2, 2]);
    expect(Array.from(b.weights)).toEqual([2, 1]);
    expect(Array.from(b.assignment)).toEqual([0, 1, 0]);
  });

  it('runs k-means with k = baseClusterCount beyond that', () => {
    const points = blobs([[0, 0], [5, 5], [-5, 5]], 50);
    const b = baseClusters(points, resolveParams({ baseClusterCount: 10 }));
    expect(b.weights.length).toBeLessThanOrEqual(10);
    expect(b.weights.reduce((a, w) => a + w, 0)).toBe(150);
    // Each base cluster lies within one blob.
    for (let j = 0; j < b.weights.length; j++) {
      const members = [...b.assignment.keys()].filter((i) => b.assignment[i] === j).map((i) => i % 3);
      expect(new Set(members).size).toBe(1);
    }
  });

  it('starts from the previous centres when warm', () => {
    const points = blobs([[0, 0], [5, 5]], 40);
    const small = resolveParams({ baseClusterCount: 4 });
    const cold = baseClusters(points, small);
    const warm = baseClusters(points, small, cold.centres);
    expect(warm.iterations).toBeLessThanOrEqual(1);
    expect(Array.from(warm.assignment)).toEqual(Array.from(cold.assignment));
  });
});

describe('groups', () => {
  const base = baseClusters(blobs([[0, 0], [6, 0], [3, 6]], 30), resolveParams({ baseClusterCount: 30 }));

  it('clusters base clusters for each k, weighted by their members', () => {
    const tried = groupClusterings(base, [2, 3, 4], params);
    expect(tried.map((c) => c.k)).toEqual([2, 3, 4]);
    const best = tried.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
    expect(best.k).toBe(3);
  });

  it('chooses k by silhouette, or uses a forced k', () => {
    const points = blobs([[0, 0], [6, 0], [3, 6]], 30);
    const chosen = groupParticipants(points, params, undefined);
    expect(chosen.chosen!.k).toBe(3);
    expect(new Set(chosen.pointGroup).size).toBe(3);
    const forced = groupParticipants(points, params, 2);
    expect(forced.chosen!.k).toBe(2);
    expect(forced.smoothing).toEqual({ shown: null, candidate: null, streak: 0 });
  });

  it('keeps showing the previous k until a new one has won four updates', () => {
    const points = blobs([[0, 0], [6, 0], [3, 6]], 30);
    const previous = { kSmoothing: { shown: 2, candidate: null, streak: 0 } };
    let g = groupParticipants(points, params, undefined, previous);
    expect(g.chosen!.k).toBe(2);
    for (let i = 0; i < 3; i++) g = groupParticipants(points, params, undefined, { kSmoothing: g.smoothing });
    expect(g.chosen!.k).toBe(3);
  });

  it('starts from the heaviest point, then the farthest by weight × squared distance', () => {
    const points = Float64Array.from([0, 0, 1, 0, 10, 0, 4, 0]);
    expect(Array.from(farthestFirst(points, Float64Array.from([1, 5, 1, 1]), 3))).toEqual([1, 0, 10, 0, 4, 0]);
    expect(Array.from(farthestFirst(points, Float64Array.from([1, 1, 1, 30]), 2))).toEqual([4, 0, 10, 0]);
  });

  it('measures weighted inertia', () => {
    const points = Float64Array.from([0, 0, 2, 0, 10, 0]);
    expect(inertia(points, Float64Array.from([1, 3, 1]), Float64Array.from([1, 0, 10, 0]), Int32Array.from([0, 0, 1]))).toBe(1 + 3);
  });

  it('keeps the lowest-inertia clustering with the best-inertia start, else Pol.is’s start', () => {
    // Base clusters whose first two lie in the same blob: Pol.is's start splits that blob.
    const points = Float64Array.from([0, 0, 0.5, 0, 20, 0, 20.5, 0, 0.2, 0.1]);
    const b = { centres: points, weights: Float64Array.from([1, 1, 1, 1, 1]), assignment: new Int32Array(0), iterations: 0 };
    const polis = groupClusterings(b, [2], params)[0]!;
    const best = groupClusterings(b, [2], resolveParams({ groupStarts: 'best-inertia' }))[0]!;
    expect(Array.from(best.assignment)).toEqual([0, 0, 1, 1, 0]);
    expect(inertia(points, b.weights, best.centres, best.assignment)).toBeLessThanOrEqual(inertia(points, b.weights, polis.centres, polis.assignment));
    // With previous centres, groups keep their previous order.
    const swapped = groupClusterings(b, [2], resolveParams({ groupStarts: 'best-inertia' }), { '2': [20, 0, 0, 0] })[0]!;
    expect(Array.from(swapped.assignment)).toEqual([1, 1, 0, 0, 1]);
  });

  it('makes no groups from fewer than two base clusters', () => {
    const g = groupParticipants(Float64Array.from([1, 1, 1, 1]), params, undefined);
    expect(g.chosen).toBeNull();
    expect(Array.from(g.pointGroup)).toEqual([-1, -1]);
  });
});
