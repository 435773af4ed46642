/**
 * Which statement a participant sees next (math.md §12). Each statement gets a priority from its
 * current tallies and extremity; the next statement is a weighted random draw over those the
 * participant has not voted on, seeded by the participant and their vote count so that the same
 * request gives the same statement.
 */
import type { MathParams } from './params.js';
import { hashString, seededRandom } from './random.js';

/**
 * Priority from in-conv tallies: agrees A, votes S, passes P, and extremity E (length of the
 * statement's projected position): ((1 − p)·(E + 1)·a·(1 + boost·2^(−S/halfLife)))² with
 * p = (P + 1)/(S + 2) and a = (A + 1)/(S + 2). New statements (S small) are boosted.
 */
export function statementPriority(
  agrees: number, passes: number, votes: number, extremity: number,
  params: Pick<MathParams, 'priorityNewBoost' | 'priorityBoostHalfLife'>,
): number {
  const p = (passes + 1) / (votes + 2);
  const a = (agrees + 1) / (votes + 2);
  const boost = 1 + params.priorityNewBoost * Math.pow(2, -votes / params.priorityBoostHalfLife);
  const root = (1 - p) * (extremity + 1) * a * boost;
  return root * root;
}

/** A number in [0, 1) determined by the participant and their vote count. */
export function drawFraction(participantId: string, voteCount: number): number {
  return seededRandom(hashString(`${participantId}\u0000${voteCount}`))();
}

export interface RoutingCandidate {
  statementId: string;
  priority: number;
  seed?: boolean;
}

/**
 * Picks the next statement among `candidates` (in canonical order) that the participant has not
 * voted on. With `seedFirst`, unvoted seed statements go before all others. Statements with no
 * positive priority are never shown. Returns null when nothing is left.
 */
export function chooseNextStatement(
  candidates: readonly RoutingCandidate[], voted: ReadonlySet<string>, participantId: string, voteCount: number,
  params: Pick<MathParams, 'seedFirst'>,
): string | null {
  let pool = candidates.filter((c) => c.priority > 0 && !voted.has(c.statementId));
  if (params.seedFirst && pool.some((c) => c.seed)) pool = pool.filter((c) => c.seed);
  if (pool.length === 0) return null;
  const total = pool.reduce((s, c) => s + c.priority, 0);
  let target = drawFraction(participantId, voteCount) * total;
  for (const c of pool) {
    target -= c.priority;
    if (target < 0) return c.statementId;
  }
  return pool[pool.length - 1]!.statementId;
}
