/**
 * Divisive statements (math.md §11): those whose agree rate differs most between groups. The score is
 * the variance over groups (each group counted once) of the smoothed agree probability
 * pa_g = (na_g + 1)/(ns_g + 2); a statement is scored only when every group has cast at least
 * `divisiveMinVotesPerGroup` votes on it, so that a handful of votes cannot make it look divisive.
 * (Pol.is's "extremity", the length of a statement's projection, is not used: it measures weight on
 * the opinion map, not disagreement between groups.)
 */
import type { MathParams } from './params.js';
import type { GroupTallies } from './repness.js';
import { smoothedProbability } from './stats.js';

export interface DivisiveEntry {
  column: number;
  /** Variance over groups of pa_g. */
  variance: number;
  /** pa_g of each group, in group order. */
  agreeByGroup: number[];
}

export function divisiveStatements(t: GroupTallies, params: Pick<MathParams, 'divisiveMinVotesPerGroup' | 'divisiveCount'>): DivisiveEntry[] {
  if (t.groups < 2) return [];
  const out: DivisiveEntry[] = [];
  for (let c = 0; c < t.cols; c++) {
    const pa: number[] = [];
    let ok = true;
    for (let g = 0; g < t.groups && ok; g++) {
      const n = t.votes[g * t.cols + c]!;
      if (n < params.divisiveMinVotesPerGroup) ok = false;
      else pa.push(smoothedProbability(t.agree[g * t.cols + c]!, n));
    }
    if (!ok) continue;
    const mean = pa.reduce((a, b) => a + b, 0) / pa.length;
    const variance = pa.reduce((a, b) => a + (b - mean) ** 2, 0) / pa.length;
    if (variance > 0) out.push({ column: c, variance, agreeByGroup: pa });
  }
  out.sort((a, b) => b.variance - a.variance || a.column - b.column);
  return out.slice(0, params.divisiveCount);
}
