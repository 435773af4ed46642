/**
 * The first two principal components of the centred, mean-imputed vote matrix, by power iteration
 * on XᵀX without ever building X densely: a missing vote imputed with the column mean is exactly 0
 * after centring, so X has the sparsity of the votes.
 *
 * The components are iterated together as a block (one pass over the votes per step serves all of
 * them), with a Rayleigh–Ritz rotation and Gram–Schmidt after each step: the second component is kept
 * orthogonal to the first, i.e. the first is deflated. Signs are fixed so that results do not flip
 * between updates.
 */
import { symmetricEigen } from './eigen.js';
import { multiplyGram } from './gram.js';

export interface PcaResult {
  /** Unit-length loadings per included statement. */
  comps: [Float64Array, Float64Array];
  /** Rayleigh quotients vᵀXᵀXv of the two components. */
  eigenvalues: [number, number];
  iterations: number;
}

/** Centred value x_ij − c_j of every stored vote. */
export function centredValues(col: Int32Array, val: Int8Array, center: Float64Array): Float64Array {
  const out = new Float64Array(col.length);
  for (let k = 0; k < col.length; k++) out[k] = val[k]! - center[col[k]!]!;
  return out;
}

/** Fixed, deterministic start vectors (quasi-random, so not orthogonal to any structure). */
export function coldStart(n: number, count: number): Float64Array[] {
  const steps = [0.6180339887498949, 0.41421356237309515, 0.7320508075688772, 0.2360679774997898];
  return Array.from({ length: count }, (_, q) => {
    const v = new Float64Array(n);
    for (let j = 0; j < n; j++) v[j] = (((j + 1) * steps[q % 4]! + q * 0.1) % 1) - (q === 0 ? -1 : 0.5);
    return v;
  });
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j]! * v[j]!;
  return Math.sqrt(s);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}

/** Block size of a cold start: the two wanted components plus two guard vectors. */
export const COLD_BLOCK = 4;

/**
 * Modified Gram–Schmidt on the vectors in place; a vector that is (numerically) dependent on the
 * earlier ones becomes 0. Returns the norm of the first vector before normalisation.
 */
function orthonormalise(vs: Float64Array[]): number {
  const first = norm(vs[0]!);
  for (let a = 0; a < vs.length; a++) {
    const v = vs[a]!;
    for (let b = 0; b < a; b++) {
      const d = dot(vs[b]!, v);
      if (d !== 0) for (let j = 0; j < v.length; j++) v[j]! -= d * vs[b]![j]!;
    }
    const n = norm(v);
    if (n <= 1e-12 * first || n === 0) v.fill(0);
    else for (let j = 0; j < v.length; j++) v[j]! /= n;
  }
  return first;
}

/** out[q] = Σ_p vs[p]·R[p][q] (R row-major b×b). */
function rotate(vs: Float64Array[], r: Float64Array, out: Float64Array[]): void {
  const b = vs.length, n = vs[0]!.length;
  for (let q = 0; q < b; q++) {
    const o = out[q]!;
    o.fill(0);
    for (let p = 0; p < b; p++) {
      const w = r[p * b + q]!;
      if (w === 0) continue;
      const v = vs[p]!;
      for (let j = 0; j < n; j++) o[j]! += w * v[j]!;
    }
  }
}

/**
 * The first two components by block power iteration (subspace iteration) on XᵀX with a
 * Rayleigh–Ritz step: each pass multiplies a block of vectors by XᵀX, the block is rotated onto the
 * eigenvectors of its 2-D projection (so two components with close eigenvalues do not rotate slowly
 * into place), then re-orthonormalised, the second against the first and so on (deflation). Stops
 * when neither wanted component changes by more than `tolerance` (any entry), or after
 * `maxIterations`. `start` (the previous update's components) seeds the first two vectors; `block`
 * is the number of vectors iterated (guard vectors beyond two speed up convergence when the second
 * and third eigenvalues are close, at a higher cost per pass).
 */
export function powerIteration(
  rowPtr: Int32Array, col: Int32Array, x: Float64Array, nCols: number,
  maxIterations: number, tolerance: number, start?: [Float64Array, Float64Array], block = COLD_BLOCK,
): PcaResult {
  const b = Math.min(block, Math.max(nCols, 1));
  const cold = coldStart(nCols, b);
  let vs = cold.map((v) => Float64Array.from(v));
  if (start) {
    vs[0]!.set(start[0]);
    if (b > 1 && norm(start[1]) > 0) vs[1]!.set(start[1]);
  }
  orthonormalise(vs);
  if (vs.some((v) => norm(v) === 0)) {
    vs = cold.map((v) => Float64Array.from(v));
    orthonormalise(vs);
  }
  let zs = vs.map(() => new Float64Array(nCols));
  let ritz = vs.map(() => new Float64Array(nCols));
  const eigenvalues: [number, number] = [0, 0];
  let iterations = 0;
  const wanted = Math.min(2, b);
  while (iterations < maxIterations && nCols > 0) {
    iterations++;
    multiplyGram(rowPtr, col, x, vs, zs);
    const h = new Float64Array(b * b);
    for (let p = 0; p < b; p++) for (let q = 0; q < b; q++) h[p * b + q] = p <= q ? dot(vs[p]!, zs[q]!) : h[q * b + p]!;
    const { values, vectors } = symmetricEigen(h, b);
    eigenvalues[0] = values[0]!;
    eigenvalues[1] = b > 1 ? values[1]! : 0;
    if (!(values[0]! > 0)) break; // no variance: everyone voted alike
    rotate(vs, vectors, ritz); // Ritz vectors: the best estimates within the current block
    rotate(zs, vectors, vs); // XᵀX applied to them; normalised below they are the next block
    orthonormalise(vs);
    let change = 0;
    for (let q = 0; q < wanted; q++) {
      const v = vs[q]!, r = ritz[q]!;
      const sign = dot(v, r) < 0 ? -1 : 1;
      for (let j = 0; j < nCols; j++) change = Math.max(change, Math.abs(sign * v[j]! - r[j]!));
    }
    if (change < tolerance) break;
  }
  const comps: [Float64Array, Float64Array] = [vs[0] ?? new Float64Array(0), b > 1 ? vs[1]! : new Float64Array(nCols)];
  [zs, ritz] = [[], []];
  return { comps, eigenvalues, iterations };
}

/**
 * Fixes the sign of each component: the same orientation as `previous` (mapped to the current
 * columns) when there is one, otherwise the largest-magnitude loading is made positive.
 */
export function fixSigns(comps: [Float64Array, Float64Array], previous?: [Float64Array, Float64Array]): void {
  for (let k = 0; k < 2; k++) {
    const v = comps[k]!;
    const d = previous ? dot(v, previous[k]!) : 0;
    let flip: boolean;
    if (d !== 0) flip = d < 0;
    else {
      let best = 0, bestAbs = -1;
      for (let j = 0; j < v.length; j++) {
        const a = Math.abs(v[j]!);
        if (a > bestAbs) { bestAbs = a; best = j; }
      }
      flip = v.length > 0 && v[best]! < 0;
    }
    if (flip) for (let j = 0; j < v.length; j++) v[j] = -v[j]! + 0;
  }
}

/** Previous components re-indexed onto the current columns (new statements get 0). */
export function mapComponents(
  previous: { statementIds: readonly string[]; comps: readonly [readonly number[], readonly number[]] } | null | undefined,
  includedIds: readonly string[],
): [Float64Array, Float64Array] | undefined {
  if (!previous) return undefined;
  const where = new Map<string, number>();
  previous.statementIds.forEach((id, j) => where.set(id, j));
  const a = new Float64Array(includedIds.length), b = new Float64Array(includedIds.length);
  let any = false;
  includedIds.forEach((id, j) => {
    const p = where.get(id);
    if (p === undefined) return;
    a[j] = previous.comps[0][p] ?? 0;
    b[j] = previous.comps[1][p] ?? 0;
    if (a[j] !== 0) any = true;
  });
  return any ? [a, b] : undefined;
}
