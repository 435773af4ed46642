/**
 * Weighted k-means (Lloyd) on 2-D points stored as interleaved (x, y) in a Float64Array.
 *
 * Hamerly's bounds skip the distance scan for points that cannot have changed cluster: each point
 * keeps an upper bound on the distance to its centre and a lower bound on the distance to any other;
 * only when the bounds overlap are distances recomputed. The result is that of plain Lloyd, but with
 * 100 base clusters and many participants most points cost O(1) per iteration instead of O(k).
 */

export interface KMeansResult {
  /** Interleaved (x, y) per cluster. */
  centres: Float64Array;
  /** Cluster of each point. */
  assignment: Int32Array;
  /** Total weight of each cluster's points (0 for an empty cluster). */
  weights: Float64Array;
  iterations: number;
}

/**
 * The first `k` distinct points in order, skipping any that coincide with `taken` (interleaved).
 * Returns fewer when there are not that many distinct points.
 */
export function firstDistinct(points: Float64Array, k: number, taken?: Float64Array): Float64Array {
  const seen = new Set<string>();
  if (taken) for (let j = 0; j < taken.length; j += 2) seen.add(`${taken[j]}|${taken[j + 1]}`);
  const out: number[] = [];
  for (let i = 0; i < points.length && out.length < 2 * k; i += 2) {
    const key = `${points[i]}|${points[i + 1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(points[i]!, points[i + 1]!);
  }
  return Float64Array.from(out);
}

// Results of `nearestTwo`, kept in module scope so that the hot loop allocates nothing.
let nearest = -1, nearestDistance = Infinity, secondDistance = Infinity;

/** Centres sorted by x, so that a nearest-centre search can stop once x alone is too far. */
interface SortedCentres {
  order: Int32Array;
  xs: Float64Array;
}

function sortCentres(centres: Float64Array, k: number, into?: SortedCentres): SortedCentres {
  const order = into?.order ?? new Int32Array(k), xs = into?.xs ?? new Float64Array(k);
  for (let j = 0; j < k; j++) order[j] = j;
  order.sort((a, b) => centres[2 * a]! - centres[2 * b]! || a - b);
  for (let j = 0; j < k; j++) xs[j] = centres[2 * order[j]!]!;
  return { order, xs };
}

/**
 * The nearest centre to (px, py) (ties: the lower index, as a plain scan would pick), its distance,
 * and the distance to the second nearest. Walks outwards from px through the centres sorted by x and
 * stops when the x gap alone exceeds the second-best distance.
 */
function nearestTwo(px: number, py: number, centres: Float64Array, sorted: SortedCentres): void {
  const { order, xs } = sorted;
  const k = xs.length;
  let lo = 0, hi = k;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < px) lo = mid + 1; else hi = mid;
  }
  let left = lo - 1, right = lo;
  let best = -1, d1 = Infinity, d2 = Infinity;
  while (left >= 0 || right < k) {
    const gl = left >= 0 ? px - xs[left]! : Infinity, gr = right < k ? xs[right]! - px : Infinity;
    const useLeft = gl <= gr;
    const gap = useLeft ? gl : gr;
    if (gap * gap > d2) break;
    const j = order[useLeft ? left-- : right++]!;
    const dx = px - centres[2 * j]!, dy = py - centres[2 * j + 1]!;
    const d = dx * dx + dy * dy;
    if (d < d1 || (d === d1 && j < best)) { d2 = d1; d1 = d; best = j; } else if (d < d2) d2 = d;
  }
  nearest = best; nearestDistance = Math.sqrt(d1); secondDistance = Math.sqrt(d2);
}

function distance(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx, dy = ay - by;
  return Math.sqrt(dx * dx + dy * dy);
}

export function kmeans(
  points: Float64Array, weights: Float64Array | null, init: Float64Array, maxIterations: number, tolerance: number,
): KMeansResult {
  const n = points.length / 2, k = init.length / 2;
  const centres = Float64Array.from(init);
  const assignment = new Int32Array(n);
  const upper = new Float64Array(n), lower = new Float64Array(n);
  let sorted = sortCentres(centres, k);
  for (let i = 0; i < n; i++) {
    nearestTwo(points[2 * i]!, points[2 * i + 1]!, centres, sorted);
    assignment[i] = nearest; upper[i] = nearestDistance; lower[i] = secondDistance;
  }
  const sx = new Float64Array(k), sy = new Float64Array(k), sw = new Float64Array(k);
  const move = new Float64Array(k), half = new Float64Array(k);
  let iterations = 0;
  while (iterations < maxIterations && k > 0) {
    iterations++;
    sx.fill(0); sy.fill(0); sw.fill(0);
    for (let i = 0; i < n; i++) {
      const a = assignment[i]!, w = weights ? weights[i]! : 1;
      sx[a]! += w * points[2 * i]!;
      sy[a]! += w * points[2 * i + 1]!;
      sw[a]! += w;
    }
    let maxMove = 0, secondMove = 0, maxAt = -1;
    for (let j = 0; j < k; j++) {
      if (sw[j]! > 0) {
        const nx = sx[j]! / sw[j]!, ny = sy[j]! / sw[j]!;
        move[j] = distance(nx, ny, centres[2 * j]!, centres[2 * j + 1]!);
        centres[2 * j] = nx; centres[2 * j + 1] = ny;
      } else move[j] = 0;
      if (move[j]! > maxMove) { secondMove = maxMove; maxMove = move[j]!; maxAt = j; } else if (move[j]! > secondMove) secondMove = move[j]!;
    }
    if (maxMove <= tolerance) break;

    sorted = sortCentres(centres, k, sorted);
    // Half the distance from each centre to its nearest other centre.
    for (let j = 0; j < k; j++) {
      let m = Infinity;
      for (let q = 0; q < k; q++) {
        if (q === j) continue;
        const d = distance(centres[2 * j]!, centres[2 * j + 1]!, centres[2 * q]!, centres[2 * q + 1]!);
        if (d < m) m = d;
      }
      half[j] = m / 2;
    }
    for (let i = 0; i < n; i++) {
      const a = assignment[i]!;
      upper[i]! += move[a]!;
      lower[i]! -= a === maxAt ? secondMove : maxMove;
      const bound = Math.max(half[a]!, lower[i]!);
      if (upper[i]! <= bound) continue;
      const px = points[2 * i]!, py = points[2 * i + 1]!;
      upper[i] = distance(px, py, centres[2 * a]!, centres[2 * a + 1]!);
      if (upper[i]! <= bound) continue;
      nearestTwo(px, py, centres, sorted);
      assignment[i] = nearest; upper[i] = nearestDistance; lower[i] = secondDistance;
    }
  }
  // Weights of the final membership.
  sw.fill(0);
  for (let i = 0; i < n; i++) sw[assignment[i]!]! += weights ? weights[i]! : 1;
  return { centres, assignment, weights: sw, iterations };
}

/** Drops empty clusters, keeping the order of the others; remaps the assignment in place. */
export function dropEmpty(result: KMeansResult): KMeansResult {
  const k = result.weights.length;
  const remap = new Int32Array(k).fill(-1);
  let m = 0;
  for (let j = 0; j < k; j++) if (result.weights[j]! > 0) remap[j] = m++;
  if (m === k) return result;
  const centres = new Float64Array(2 * m), weights = new Float64Array(m);
  for (let j = 0; j < k; j++) {
    const r = remap[j]!;
    if (r < 0) continue;
    centres[2 * r] = result.centres[2 * j]!;
    centres[2 * r + 1] = result.centres[2 * j + 1]!;
    weights[r] = result.weights[j]!;
  }
  for (let i = 0; i < result.assignment.length; i++) result.assignment[i] = remap[result.assignment[i]!]!;
  return { centres, assignment: result.assignment, weights, iterations: result.iterations };
}
