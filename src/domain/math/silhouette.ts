/**
 * Choosing the number of opinion groups: the mean silhouette over base-cluster centres, and Pol.is's
 * smoothing (the shown k changes only after the same new k has won several updates in a row).
 */

/**
 * Mean silhouette s = (b − a) / max(a, b) over 2-D points (interleaved). A point alone in its cluster
 * scores 0. Returns −1 when fewer than two clusters are non-empty (no separation to measure).
 */
export function silhouette(points: Float64Array, assignment: Int32Array, k: number): number {
  const n = assignment.length;
  const size = new Int32Array(k);
  for (let i = 0; i < n; i++) size[assignment[i]!]!++;
  let nonEmpty = 0;
  for (let j = 0; j < k; j++) if (size[j]! > 0) nonEmpty++;
  if (nonEmpty < 2) return -1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = assignment[i]!;
    if (size[own] === 1) continue;
    sums.fill(0);
    for (let q = 0; q < n; q++) {
      if (q === i) continue;
      const dx = points[2 * i]! - points[2 * q]!, dy = points[2 * i + 1]! - points[2 * q + 1]!;
      sums[assignment[q]!]! += Math.sqrt(dx * dx + dy * dy);
    }
    const a = sums[own]! / (size[own]! - 1);
    let b = Infinity;
    for (let j = 0; j < k; j++) if (j !== own && size[j]! > 0) b = Math.min(b, sums[j]! / size[j]!);
    const m = Math.max(a, b);
    total += m === 0 ? 0 : (b - a) / m;
  }
  return total / n;
}

/** The candidate numbers of groups for `nBase` base clusters: kMin … min(kMax, kMin + ⌊nBase / per⌋, nBase). */
export function candidateKs(nBase: number, kMin: number, kMax: number, perBase: number): number[] {
  const top = Math.min(kMax, kMin + Math.floor(nBase / perBase), nBase);
  const out: number[] = [];
  for (let k = kMin; k <= top; k++) out.push(k);
  return out;
}

/** What the k smoothing remembers between updates. */
export interface KSmoothing {
  /** The k currently shown, or null before the first choice. */
  shown: number | null;
  /** A different k that has been winning, and for how many updates in a row. */
  candidate: number | null;
  streak: number;
}

export const INITIAL_K_SMOOTHING: KSmoothing = { shown: null, candidate: null, streak: 0 };

/** The k with the highest silhouette (ties: the smaller k). */
export function bestK(scores: ReadonlyMap<number, number>): number | null {
  let best: number | null = null, bestScore = -Infinity;
  for (const [k, s] of [...scores].sort((a, b) => a[0] - b[0])) {
    if (s > bestScore) { best = k; bestScore = s; }
  }
  return best;
}

/**
 * Applies the smoothing: the first choice is shown at once; afterwards a new winner is shown only
 * after winning `updates` updates in a row. A shown k that is no longer possible is replaced at once.
 */
export function smoothK(winner: number, previous: KSmoothing, updates: number, possible: readonly number[]): KSmoothing {
  if (previous.shown === null || !possible.includes(previous.shown)) return { shown: winner, candidate: null, streak: 0 };
  if (winner === previous.shown) return { shown: winner, candidate: null, streak: 0 };
  const streak = previous.candidate === winner ? previous.streak + 1 : 1;
  if (streak >= updates) return { shown: winner, candidate: null, streak: 0 };
  return { shown: previous.shown, candidate: winner, streak };
}
