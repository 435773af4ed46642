import { DomainError } from '../errors.js';

export const VOTE_WORDS = ['agree', 'disagree', 'pass'] as const;
export type VoteWord = (typeof VOTE_WORDS)[number];
/** The one numeric sign used everywhere in Sopu, stores and exports alike: agree = +1. */
export type VoteValue = 1 | -1 | 0;

const TO_VALUE: Record<VoteWord, VoteValue> = { agree: 1, disagree: -1, pass: 0 };

export function voteValue(word: unknown): VoteValue {
  if (typeof word !== 'string' || !(VOTE_WORDS as readonly string[]).includes(word)) {
    throw new DomainError('invalid_vote', 'A vote is "agree", "disagree" or "pass"');
  }
  return TO_VALUE[word as VoteWord];
}

export function voteWord(value: number): VoteWord {
  if (value === 1) return 'agree';
  if (value === -1) return 'disagree';
  if (value === 0) return 'pass';
  throw new DomainError('invalid_vote', `Not a vote value: ${value}`);
}

export interface Tally {
  agree: number;
  disagree: number;
  pass: number;
}
