import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { dropEmpty, firstDistinct, kmeans } from './kmeans.js';

/** Plain Lloyd with full scans: the reference the bounded version must reproduce. */
function lloyd(points: Float64Array, weights: Float64Array | null, init: Float64Array, maxIterations: number, tolerance: number) {
  const n = points.length / 2, k = init.length / 2, c = Float64Array.from(init), a = new Int32Array(n);
  const assign = () => {
    for (let i = 0; i < n; i++) {
      let best = 0, bd = Infinity;
      for (let j = 0; j < k; j++) {
        const d = (points[2 * i]! - c[2 * j]!) ** 2 + (points[2 * i + 1]! - c[2 * j + 1]!) ** 2;
        if (d < bd) { bd = d; best = j; }
      }
      a[i] = best;
    }
  };
  assign();
  for (let it = 0; it < maxIterations; it++) {
    const sx = new Float64Array(k), sy = new Float64Array(k), sw = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      sx[a[i]!]! += w * points[2 * i]!; sy[a[i]!]! += w * points[2 * i + 1]!; sw[a[i]!]! += w;
    }
    let move = 0;
    for (let j = 0; j < k; j++) {
      if (sw[j] === 0) continue;
      const nx = sx[j]! / sw[j]!, ny = sy[j]! / sw[j]!;
      move = Math.max(move, Math.sqrt((nx - c[2 * j]!) ** 2 + (ny - c[2 * j + 1]!) ** 2));
      c[2 * j] = nx; c[2 * j + 1] = ny;
    }
    if (move <= tolerance) break;
    assign();
  }
  return { centres: c, assignment: a };
}

describe('kmeans', () => {
  it('separates two obvious clusters and puts each centre at its weighted mean', () => {
    const points = Float64Array.from([0, 0, 0, 1, 10, 10, 10, 12]);
    const weights = Float64Array.from([1, 3, 1, 1]);
    const r = kmeans(points, weights, Float64Array.from([0, 0, 10, 10]), 100, 1e-9);
    expect(Array.from(r.assignment)).toEqual([0, 0, 1, 1]);
    expect(Array.from(r.centres)).toEqual([0, 0.75, 10, 11]);
    expect(Array.from(r.weights)).toEqual([4, 2]);
  });

  it('gives exactly plain Lloyd’s result with its distance bounds', () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const n = 800, k = 25;
      const points = Float64Array.from({ length: 2 * n }, (_, i) => (i % 2 ? 3 : 0) * Math.floor(random() * 4) + random() * 2);
      const weights = Float64Array.from({ length: n }, () => 1 + Math.floor(random() * 3));
      const init = firstDistinct(points, k);
      const fast = kmeans(points, weights, init, 100, 0.01);
      const slow = lloyd(points, weights, init, 100, 0.01);
      expect(Array.from(fast.assignment)).toEqual(Array.from(slow.assignment));
      expect(Array.from(fast.centres)).toEqual(Array.from(slow.centres));
    }
  });

  it('stops after the maximum number of iterations or when centres move less than the tolerance', () => {
    const points = Float64Array.from([0, 0, 1, 0, 2, 0, 3, 0, 10, 0]);
    expect(kmeans(points, null, Float64Array.from([0, 0, 1, 0]), 1, 0).iterations).toBe(1);
    expect(kmeans(points, null, Float64Array.from([0, 0, 10, 0]), 100, 100).iterations).toBe(1);
  });

  it('picks the first distinct points, skipping taken ones', () => {
    const points = Float64Array.from([1, 1, 1, 1, 2, 2, 3, 3, 2, 2, 4, 4]);
    expect(Array.from(firstDistinct(points, 3))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(Array.from(firstDistinct(points, 9))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(Array.from(firstDistinct(points, 2, Float64Array.from([1, 1])))).toEqual([2, 2, 3, 3]);
  });

  it('drops empty clusters and renumbers the rest in order', () => {
    const r = dropEmpty({ centres: Float64Array.from([0, 0, 5, 5, 9, 9]), assignment: Int32Array.from([2, 0, 2]), weights: Float64Array.from([1, 0, 2]), iterations: 1 });
    expect(Array.from(r.centres)).toEqual([0, 0, 9, 9]);
    expect(Array.from(r.assignment)).toEqual([1, 0, 1]);
    expect(Array.from(r.weights)).toEqual([1, 2]);
  });
});
