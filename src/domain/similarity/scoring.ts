import type { Polarity } from './polarity.js';
import { polarityConflict } from './polarity.js';
import { scopeConflict, type Scope } from './scope.js';

/** Same words, opposite claim ("raise" / "abolish the participatory budget"). */
export const POLARITY_CONFLICT_FACTOR = 0.4;
/** Both statements name numbers and none agree ("30 km/h" / "40 km/h", "2030" / "2040"). */
export const NUMBER_CONFLICT_FACTOR = 0.6;
/** One is for everyone, the other for a group ("free for everyone" / "free for pensioners"). */
export const SCOPE_CONFLICT_FACTOR = 0.75;

/**
 * A score at or above this means "same meaning" (the duplicate hint, the moderator's flag). Chosen
 * on test/fixtures/similarity/pairs.json for precision: a wrong "already said" costs more than a
 * missed one, which the list of nearest statements still shows. It sits in a gap between the
 * scores of same-meaning and different-claim pairs there, rather than on the edge of one.
 */
export const SAME_MEANING_THRESHOLD = 0.62;

export function isSameMeaning(score: number, threshold: number = SAME_MEANING_THRESHOLD): boolean {
  return score >= threshold;
}

export interface ClaimShape {
  readonly polarity: Polarity;
  readonly numbers: readonly string[];
  readonly scope: Scope;
}

function numbersConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((n) => b.includes(n));
}

/** Lowers a topical similarity when the two statements claim different things about the topic. */
export function claimFactor(a: ClaimShape, b: ClaimShape): number {
  let factor = 1;
  if (polarityConflict(a.polarity, b.polarity)) factor *= POLARITY_CONFLICT_FACTOR;
  if (numbersConflict(a.numbers, b.numbers)) factor *= NUMBER_CONFLICT_FACTOR;
  if (scopeConflict(a.scope, b.scope)) factor *= SCOPE_CONFLICT_FACTOR;
  return factor;
}
