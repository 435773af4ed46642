import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './eigen.js';
import { multiplyGram } from './gram.js';
import { centredValues, fixSigns, mapComponents, powerIteration } from './pca.js';
import { seededRandom } from './random.js';

/** A sparse matrix from dense rows (null = no vote), with its column means. */
function sparse(rows: (number | null)[][]) {
  const nC = rows[0]!.length;
  const rowPtr = [0], col: number[] = [], val: number[] = [];
  const sum = new Float64Array(nC), count = new Float64Array(nC);
  for (const r of rows) {
    r.forEach((v, c) => {
      if (v === null) return;
      col.push(c); val.push(v); sum[c]! += v; count[c]!++;
    });
    rowPtr.push(col.length);
  }
  const center = Float64Array.from(sum, (s, c) => s / count[c]!);
  const colA = Int32Array.from(col);
  return { rowPtr: Int32Array.from(rowPtr), col: colA, x: centredValues(colA, Int8Array.from(val), center), center, nC };
}

/** XᵀX of the dense, mean-imputed, centred matrix. */
function denseGram(rows: (number | null)[][], center: Float64Array): Float64Array {
  const n = center.length, g = new Float64Array(n * n);
  for (const r of rows) {
    const x = r.map((v, c) => (v === null ? 0 : v - center[c]!));
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) g[a * n + b]! += x[a]! * x[b]!;
  }
  return g;
}

const absCorr = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return Math.abs(s);
};

describe('symmetricEigen', () => {
  it('diagonalises a 2×2 matrix by hand', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0]! * vectors[2]!).toBeCloseTo(0.5, 12); // first eigenvector (1, 1)/√2
  });

  it('gives A·v = λ·v for each pair, eigenvalues descending', () => {
    const a = Float64Array.from([4, 1, 0, 1, 3, 0, 0, 0, 5]);
    const { values, vectors } = symmetricEigen(a, 3);
    expect(Array.from(values)).toEqual([...values].sort((p, q) => q - p));
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        let av = 0;
        for (let j = 0; j < 3; j++) av += a[i * 3 + j]! * vectors[j * 3 + k]!;
        expect(av).toBeCloseTo(values[k]! * vectors[i * 3 + k]!, 10);
      }
    }
  });
});

describe('multiplyGram', () => {
  it('computes XᵀX·v for blocks of any size, unrolled or not', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 30 }, () => Array.from({ length: 7 }, () => (random() < 0.4 ? null : Math.floor(random() * 3) - 1)));
    const m = sparse(rows);
    const gram = denseGram(rows, m.center);
    for (const b of [1, 2, 3, 4]) {
      const vs = Array.from({ length: b }, () => Float64Array.from({ length: m.nC }, () => random() - 0.5));
      const zs = vs.map(() => new Float64Array(m.nC));
      multiplyGram(m.rowPtr, m.col, m.x, vs, zs);
      vs.forEach((v, q) => {
        for (let i = 0; i < m.nC; i++) {
          let expected = 0;
          for (let j = 0; j < m.nC; j++) expected += gram[i * m.nC + j]! * v[j]!;
          expect(zs[q]![i]).toBeCloseTo(expected, 10);
        }
      });
    }
  });
});

describe('powerIteration', () => {
  it('finds the direction of a one-axis opinion space', () => {
    const m = sparse([[1, 1, -1], [-1, -1, 1], [1, 1, -1], [-1, -1, 1]]);
    const r = powerIteration(m.rowPtr, m.col, m.x, m.nC, 100, 1e-12);
    fixSigns(r.comps);
    const s = 1 / Math.sqrt(3);
    expect(Array.from(r.comps[0]).map((v) => +v.toFixed(10))).toEqual([s, s, -s].map((v) => +v.toFixed(10)));
    expect(r.eigenvalues[0]).toBeCloseTo(12, 9);
  });

  it('matches the dense mean-imputed PCA without building it', () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 60 }, (_, i) =>
      Array.from({ length: 12 }, (_, c) => (random() < 0.35 ? null : (i % 3 === c % 3 ? 1 : random() < 0.5 ? -1 : 0))));
    const m = sparse(rows);
    const { values, vectors } = symmetricEigen(denseGram(rows, m.center), m.nC);
    const r = powerIteration(m.rowPtr, m.col, m.x, m.nC, 500, 1e-13);
    for (let k = 0; k < 2; k++) {
      const exact = Array.from({ length: m.nC }, (_, j) => vectors[j * m.nC + k]!);
      expect(absCorr(r.comps[k]!, exact)).toBeCloseTo(1, 8);
      expect(r.eigenvalues[k]).toBeCloseTo(values[k]!, 6);
    }
    expect(absCorr(r.comps[0], r.comps[1])).toBeLessThan(1e-10);
  });

  it('converges to the same components with a block of two', () => {
    const random = seededRandom(8);
    const rows = Array.from({ length: 50 }, (_, i) => Array.from({ length: 9 }, (_, c) => (random() < 0.3 ? null : i % 2 === c % 2 ? 1 : -1)));
    const m = sparse(rows);
    const four = powerIteration(m.rowPtr, m.col, m.x, m.nC, 500, 1e-13);
    const two = powerIteration(m.rowPtr, m.col, m.x, m.nC, 500, 1e-13, undefined, 2);
    for (let k = 0; k < 2; k++) expect(absCorr(four.comps[k]!, two.comps[k]!)).toBeCloseTo(1, 8);
  });

  it('converges at once from the answer (warm start)', () => {
    const m = sparse([[1, 0, -1, 1], [-1, 1, 1, null], [1, -1, -1, 1], [null, 1, 1, -1], [1, 1, null, 0]]);
    const cold = powerIteration(m.rowPtr, m.col, m.x, m.nC, 100, 1e-12);
    const warm = powerIteration(m.rowPtr, m.col, m.x, m.nC, 100, 1e-12, cold.comps);
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(warm.iterations).toBeLessThanOrEqual(3);
    expect(absCorr(warm.comps[0], cold.comps[0])).toBeCloseTo(1, 10);
  });

  it('returns zero components when everyone voted alike', () => {
    const m = sparse([[1, -1], [1, -1], [1, -1]]);
    const r = powerIteration(m.rowPtr, m.col, m.x, m.nC, 100, 1e-12);
    expect(r.eigenvalues).toEqual([0, 0]);
    expect(r.iterations).toBe(1);
  });

  it('stops after the maximum number of iterations', () => {
    const m = sparse([[1, 0, -1], [-1, 1, 1], [0, -1, 1], [1, 1, 0]]);
    expect(powerIteration(m.rowPtr, m.col, m.x, m.nC, 1, 0).iterations).toBe(1);
  });
});

describe('fixSigns', () => {
  it('makes the largest loading positive on a cold start', () => {
    const comps: [Float64Array, Float64Array] = [Float64Array.from([0.1, -0.9, 0.4]), Float64Array.from([0.6, 0.2, -0.7])];
    fixSigns(comps);
    expect(Array.from(comps[0])).toEqual([-0.1, 0.9, -0.4]);
    expect(Array.from(comps[1])).toEqual([-0.6, -0.2, 0.7]);
  });

  it('follows the previous update’s orientation', () => {
    const comps: [Float64Array, Float64Array] = [Float64Array.from([0.1, -0.9]), Float64Array.from([0.6, 0.2])];
    fixSigns(comps, [Float64Array.from([0.2, -0.8]), Float64Array.from([-0.5, -0.1])]);
    expect(Array.from(comps[0])).toEqual([0.1, -0.9]);
    expect(Array.from(comps[1])).toEqual([-0.6, -0.2]);
  });
});

describe('mapComponents', () => {
  it('re-indexes previous components by statement id, new statements at 0', () => {
    const mapped = mapComponents({ statementIds: ['a', 'b'], comps: [[0.6, 0.8], [0.8, -0.6]] }, ['b', 'c', 'a'])!;
    expect(Array.from(mapped[0])).toEqual([0.8, 0, 0.6]);
    expect(Array.from(mapped[1])).toEqual([-0.6, 0, 0.8]);
    expect(mapComponents({ statementIds: ['z'], comps: [[1], [0]] }, ['a'])).toBeUndefined();
    expect(mapComponents(null, ['a'])).toBeUndefined();
  });
});
