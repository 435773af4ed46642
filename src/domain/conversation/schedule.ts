import { DomainError } from '../errors.js';

/** Times are UTC epoch milliseconds; null means "not set". */
export interface Schedule {
  opensAt: number | null;
  statementsCloseAt: number | null;
  closesAt: number | null;
}

/**
 * draft: not yet open (or never scheduled); open: vote and write; voting_only: statements closed,
 * votes still taken; closed: read-only results.
 */
export type Phase = 'draft' | 'open' | 'voting_only' | 'closed';

/**
 * The phase at `now`. Windows are half-open: a conversation that closes at 18:00 takes a vote at
 * 17:59:59.999 and refuses one at 18:00. `closedManually` lets an organizer close early.
 */
export function phaseAt(schedule: Schedule, now: number, closedManually = false): Phase {
  const { opensAt, statementsCloseAt, closesAt } = schedule;
  if (opensAt === null || now < opensAt) return 'draft';
  if (closedManually || (closesAt !== null && now >= closesAt)) return 'closed';
  if (statementsCloseAt !== null && now >= statementsCloseAt) return 'voting_only';
  return 'open';
}

export function canVote(phase: Phase): boolean {
  return phase === 'open' || phase === 'voting_only';
}

export function canWrite(phase: Phase): boolean {
  return phase === 'open';
}

/** The three times must come in order; a missing later time means "open-ended". */
export function validateSchedule(schedule: Schedule): void {
  const { opensAt, statementsCloseAt, closesAt } = schedule;
  for (const [name, value] of Object.entries(schedule)) {
    if (value !== null && !Number.isSafeInteger(value)) {
      throw new DomainError('invalid_schedule', `${name} must be a time in epoch milliseconds`);
    }
  }
  if (opensAt === null && (statementsCloseAt !== null || closesAt !== null)) {
    throw new DomainError('invalid_schedule', 'A closing time needs an opening time');
  }
  if (opensAt !== null && statementsCloseAt !== null && statementsCloseAt < opensAt) {
    throw new DomainError('invalid_schedule', 'Statements cannot close before the conversation opens');
  }
  if (opensAt !== null && closesAt !== null && closesAt < opensAt) {
    throw new DomainError('invalid_schedule', 'The conversation cannot close before it opens');
  }
  if (statementsCloseAt !== null && closesAt !== null && statementsCloseAt > closesAt) {
    throw new DomainError('invalid_schedule', 'Statements cannot close after the conversation closes');
  }
}
