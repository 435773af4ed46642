/**
 * From participants' projections to opinion groups: base clusters of the in-conv participants, group
 * clusterings for each candidate k, and the choice of k (silhouette, smoothing, or forced).
 */
import { baseClusters, groupClusterings, type BaseClusters, type GroupClustering } from './clusters.js';
import type { MathParams } from './params.js';
import { bestK, candidateKs, INITIAL_K_SMOOTHING, smoothK, type KSmoothing } from './silhouette.js';

export interface Grouping {
  base: BaseClusters;
  /** Every clustering tried, by k. */
  tried: GroupClustering[];
  /** The shown clustering, or null with fewer than two base clusters. */
  chosen: GroupClustering | null;
  winner: number | null;
  smoothing: KSmoothing;
  /** Group of each in-conv point (−1 without groups). */
  pointGroup: Int32Array;
}

export interface GroupingPrevious {
  baseCentres?: readonly number[];
  groupCentres?: Readonly<Record<string, readonly number[]>>;
  kSmoothing?: KSmoothing;
}

export function groupParticipants(points: Float64Array, params: MathParams, forceK: number | undefined, previous: GroupingPrevious = {}): Grouping {
  const base = baseClusters(points, params, previous.baseCentres ? Float64Array.from(previous.baseCentres) : undefined);
  const nBase = base.weights.length;
  const smoothingBefore = previous.kSmoothing ?? INITIAL_K_SMOOTHING;
  const pointGroup = new Int32Array(points.length / 2).fill(-1);
  if (nBase < 2) return { base, tried: [], chosen: null, winner: null, smoothing: smoothingBefore, pointGroup };

  let ks: number[];
  if (forceK !== undefined) ks = [Math.max(2, Math.min(forceK, nBase))];
  else ks = candidateKs(nBase, params.groupKMin, params.groupKMax, params.groupKPerBaseClusters);
  const tried = groupClusterings(base, ks, params, previous.groupCentres);
  if (tried.length === 0) return { base, tried, chosen: null, winner: null, smoothing: smoothingBefore, pointGroup };

  const scores = new Map(tried.map((c) => [c.k, c.silhouette]));
  const winner = bestK(scores)!;
  let shownK: number, smoothing: KSmoothing;
  if (forceK !== undefined) {
    shownK = winner;
    smoothing = smoothingBefore;
  } else {
    smoothing = smoothK(winner, smoothingBefore, params.kSmoothingUpdates, tried.map((c) => c.k));
    shownK = smoothing.shown!;
  }
  const chosen = tried.find((c) => c.k === shownK)!;
  for (let i = 0; i < pointGroup.length; i++) pointGroup[i] = chosen.assignment[base.assignment[i]!]!;
  return { base, tried, chosen, winner, smoothing, pointGroup };
}
