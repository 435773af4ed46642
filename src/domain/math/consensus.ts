/**
 * Consensus over all voters (math.md §9) and group-informed consensus (§10).
 */
import type { MathParams } from './params.js';
import type { GroupTallies } from './repness.js';
import { proportionTest, smoothedProbability } from './stats.js';

export interface ConsensusEntry {
  column: number;
  /** Agrees (agree list) or disagrees (disagree list). */
  successes: number;
  votes: number;
  /** Smoothed probability (successes + 1) / (votes + 2). */
  p: number;
  /** One-proportion z against ½. */
  test: number;
}

/**
 * Statements most voters agree (disagree) with: p > consensusMinProbability and a significant test,
 * ranked by p·test, best `consensusCount` kept. Ties go to the earlier statement.
 */
export function consensus(
  agree: ArrayLike<number>, disagree: ArrayLike<number>, votes: ArrayLike<number>,
  params: Pick<MathParams, 'significanceZ' | 'consensusCount' | 'consensusMinProbability'>,
): { agree: ConsensusEntry[]; disagree: ConsensusEntry[] } {
  const pick = (successes: ArrayLike<number>): ConsensusEntry[] => {
    const out: ConsensusEntry[] = [];
    for (let c = 0; c < votes.length; c++) {
      const s = successes[c]!, n = votes[c]!;
      const p = smoothedProbability(s, n), test = proportionTest(s, n);
      if (p > params.consensusMinProbability && test > params.significanceZ) out.push({ column: c, successes: s, votes: n, p, test });
    }
    out.sort((a, b) => b.p * b.test - a.p * a.test || a.column - b.column);
    return out.slice(0, params.consensusCount);
  };
  return { agree: pick(agree), disagree: pick(disagree) };
}

export interface GroupInformedConsensus {
  /** Π_g (na_g + 1)/(ns_g + 2), as Pol.is computes it; shrinks as the number of groups grows. */
  product: Float64Array;
  /** The geometric mean of the same factors, comparable across numbers of groups. */
  geometricMean: Float64Array;
}

export function groupInformedConsensus(t: GroupTallies): GroupInformedConsensus {
  const product = new Float64Array(t.cols), geometricMean = new Float64Array(t.cols);
  for (let c = 0; c < t.cols; c++) {
    let prod = 1, logSum = 0;
    for (let g = 0; g < t.groups; g++) {
      const f = smoothedProbability(t.agree[g * t.cols + c]!, t.votes[g * t.cols + c]!);
      prod *= f;
      logSum += Math.log(f);
    }
    product[c] = prod;
    geometricMean[c] = t.groups === 0 ? 0 : Math.exp(logSum / t.groups);
  }
  return { product, geometricMean };
}
