/**
 * Two-level clustering, as in Pol.is: up to 100 base clusters over participants' projections, then
 * opinion groups by weighted k-means over the base-cluster centres (weight = members).
 */
import { dropEmpty, firstDistinct, kmeans } from './kmeans.js';
import type { MathParams } from './params.js';
import { silhouette } from './silhouette.js';

export interface BaseClusters {
  /** Interleaved (x, y) per base cluster. */
  centres: Float64Array;
  /** Members per base cluster. */
  weights: Float64Array;
  /** Base cluster of each point. */
  assignment: Int32Array;
  iterations: number;
}

/**
 * Base clusters of the points (interleaved). With no more distinct points than k, one cluster per
 * distinct point. Otherwise k-means started from the previous update's centres, topped up with the
 * first distinct points, or on a cold start from the first k distinct points.
 */
export function baseClusters(points: Float64Array, params: MathParams, previous?: Float64Array): BaseClusters {
  const k = params.baseClusterCount;
  const distinct = firstDistinct(points, k + 1);
  if (distinct.length <= 2 * k) {
    const index = new Map<string, number>();
    for (let j = 0; j < distinct.length; j += 2) index.set(`${distinct[j]}|${distinct[j + 1]}`, j / 2);
    const n = points.length / 2;
    const assignment = new Int32Array(n);
    const weights = new Float64Array(distinct.length / 2);
    for (let i = 0; i < n; i++) {
      const c = index.get(`${points[2 * i]}|${points[2 * i + 1]}`)!;
      assignment[i] = c;
      weights[c]!++;
    }
    return { centres: distinct, weights, assignment, iterations: 0 };
  }
  let init: Float64Array;
  if (previous && previous.length >= 2) {
    const kept = previous.subarray(0, Math.min(previous.length, 2 * k));
    const more = firstDistinct(points, k - kept.length / 2, kept);
    init = new Float64Array(kept.length + more.length);
    init.set(kept);
    init.set(more, kept.length);
  } else {
    init = distinct.subarray(0, 2 * k);
  }
  const r = dropEmpty(kmeans(points, null, init, params.kmeansMaxIterations, params.kmeansTolerance));
  return { centres: r.centres, weights: r.weights, assignment: r.assignment, iterations: r.iterations };
}

export interface GroupClustering {
  /** Requested number of groups. */
  k: number;
  /** Interleaved (x, y) per non-empty group. */
  centres: Float64Array;
  /** Group of each base cluster. */
  assignment: Int32Array;
  silhouette: number;
}

/** Weighted within-cluster sum of squared distances. */
export function inertia(points: Float64Array, weights: Float64Array, centres: Float64Array, assignment: Int32Array): number {
  let s = 0;
  for (let i = 0; i < assignment.length; i++) {
    const a = assignment[i]!;
    s += weights[i]! * ((points[2 * i]! - centres[2 * a]!) ** 2 + (points[2 * i + 1]! - centres[2 * a + 1]!) ** 2);
  }
  return s;
}

/**
 * Farthest-first start: the heaviest point, then repeatedly the point with the largest
 * weight × squared distance to the centres chosen so far (ties: the earlier point).
 */
export function farthestFirst(points: Float64Array, weights: Float64Array, k: number): Float64Array {
  const n = weights.length;
  if (n === 0) return new Float64Array(0);
  let first = 0;
  for (let i = 1; i < n; i++) if (weights[i]! > weights[first]!) first = i;
  const chosen = [first];
  const d = new Float64Array(n).fill(Infinity);
  while (chosen.length < Math.min(k, n)) {
    const c = chosen[chosen.length - 1]!;
    let best = -1, bestScore = 0;
    for (let i = 0; i < n; i++) {
      d[i] = Math.min(d[i]!, (points[2 * i]! - points[2 * c]!) ** 2 + (points[2 * i + 1]! - points[2 * c + 1]!) ** 2);
      if (weights[i]! * d[i]! > bestScore) { best = i; bestScore = weights[i]! * d[i]!; }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return Float64Array.from(chosen.flatMap((i) => [points[2 * i]!, points[2 * i + 1]!]));
}

/** Orders clusters to follow the previous centres as closely as possible (small k: all orders). */
function followPrevious(centres: Float64Array, assignment: Int32Array, previous: readonly number[]): { centres: Float64Array; assignment: Int32Array } {
  const k = centres.length / 2;
  if (previous.length !== 2 * k || k > 6) return { centres, assignment };
  let best: number[] = [], bestCost = Infinity;
  const permute = (order: number[], left: number[]) => {
    if (left.length === 0) {
      let cost = 0;
      order.forEach((src, dst) => { cost += Math.hypot(centres[2 * src]! - previous[2 * dst]!, centres[2 * src + 1]! - previous[2 * dst + 1]!); });
      if (cost < bestCost) { bestCost = cost; best = order; }
      return;
    }
    left.forEach((x, i) => permute([...order, x], [...left.slice(0, i), ...left.slice(i + 1)]));
  };
  permute([], Array.from({ length: k }, (_, i) => i));
  const rank = new Int32Array(k);
  best.forEach((src, dst) => { rank[src] = dst; });
  return {
    centres: Float64Array.from(best.flatMap((src) => [centres[2 * src]!, centres[2 * src + 1]!])),
    assignment: Int32Array.from(assignment, (a) => rank[a]!),
  };
}

/**
 * Weighted k-means of the base clusters for each k. As in Pol.is, it starts from that k's previous
 * centres when given, otherwise from the first k distinct base clusters. With
 * `groupStarts: 'best-inertia'` a farthest-first start is tried as well and the clustering with the
 * smallest weighted inertia is kept (ties: previous, then first-distinct), so that one unlucky start
 * cannot hide a clear grouping; groups then keep the previous update's order.
 */
export function groupClusterings(
  base: BaseClusters, ks: readonly number[], params: MathParams, previous: Readonly<Record<string, readonly number[]>> = {},
): GroupClustering[] {
  const out: GroupClustering[] = [];
  for (const k of ks) {
    const prev = previous[String(k)];
    const warm = prev && prev.length === 2 * k && prev.every(Number.isFinite) ? Float64Array.from(prev) : null;
    const starts: Float64Array[] = [];
    if (params.groupStarts === 'polis') starts.push(warm ?? firstDistinct(base.centres, k));
    else starts.push(...(warm ? [warm] : []), firstDistinct(base.centres, k), farthestFirst(base.centres, base.weights, k));
    let best: { centres: Float64Array; assignment: Int32Array } | null = null, bestInertia = Infinity;
    for (const init of starts) {
      if (init.length < 2 * k) continue;
      const r = dropEmpty(kmeans(base.centres, base.weights, init, params.kmeansMaxIterations, params.kmeansTolerance));
      const value = inertia(base.centres, base.weights, r.centres, r.assignment);
      if (value < bestInertia) { best = r; bestInertia = value; }
    }
    if (!best) continue;
    const ordered = prev && params.groupStarts !== 'polis' ? followPrevious(best.centres, best.assignment, prev) : best;
    out.push({ k, centres: ordered.centres, assignment: ordered.assignment, silhouette: silhouette(base.centres, ordered.assignment, ordered.centres.length / 2) });
  }
  return out;
}
