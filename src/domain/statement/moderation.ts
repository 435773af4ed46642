import { DomainError } from '../errors.js';
import type { Lang } from '../languages.js';
import { REJECTION_REASONS, type RejectionReason, type Statement, type StatementStatus } from './statement.js';
import { cleanStatementText } from './text.js';

type Rejection = { reason: RejectionReason; duplicateOf?: string | null; note?: string | null };

export type Decision =
  | { action: 'publish' }
  | ({ action: 'reject' } & Rejection)
  | ({ action: 'withdraw' } & Rejection)
  | { action: 'undo' };

export interface DecisionOutcome {
  status: StatementStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOf: string | null;
}

const BACK_TO_QUEUE: DecisionOutcome = { status: 'pending', rejectionReason: null, rejectionNote: null, duplicateOf: null };

/**
 * Applies a moderator's decision. Rejecting a published statement withdraws it (it leaves the
 * math and the voting cards but stays on record); rejecting needs one of the public rule reasons,
 * a duplicate names the statement it repeats, and "other" carries a note. `withdraw` takes down a
 * published statement only. `undo` reverses the latest decision: the statement goes back to the
 * queue to be decided again. Seed statements were never in the queue, so they cannot go there.
 */
export function decide(statement: Pick<Statement, 'id' | 'status'> & { isSeed?: boolean }, decision: Decision): DecisionOutcome {
  if (decision.action === 'publish') {
    if (statement.status === 'published') throw new DomainError('already_decided', 'The statement is already published');
    return { status: 'published', rejectionReason: null, rejectionNote: null, duplicateOf: null };
  }
  if (decision.action === 'undo') {
    if (statement.status === 'pending') throw new DomainError('invalid_transition', 'The statement has no decision to undo');
    if (statement.isSeed) throw new DomainError('invalid_transition', 'A seed statement is not moderated; withdraw it instead');
    return BACK_TO_QUEUE;
  }
  if (decision.action === 'withdraw' && statement.status !== 'published') {
    throw new DomainError('invalid_transition', 'Only a published statement can be withdrawn');
  }
  const { reason } = decision;
  if (!(REJECTION_REASONS as readonly string[]).includes(reason)) {
    throw new DomainError('invalid_reason', `Unknown rejection reason: ${String(reason)}`);
  }
  if (statement.status === 'rejected' || statement.status === 'withdrawn') {
    throw new DomainError('already_decided', 'The statement is already rejected');
  }
  const duplicateOf = decision.duplicateOf ?? null;
  if (reason === 'duplicate' && !duplicateOf) {
    throw new DomainError('invalid_reason', 'A duplicate names the statement it repeats');
  }
  if (duplicateOf === statement.id) throw new DomainError('invalid_reason', 'A statement cannot duplicate itself');
  const note = decision.note?.trim() || null;
  if (reason === 'other' && !note) throw new DomainError('invalid_reason', 'Reason "other" needs a note');
  return {
    status: statement.status === 'published' ? 'withdrawn' : 'rejected',
    rejectionReason: reason,
    rejectionNote: note,
    duplicateOf: reason === 'duplicate' ? duplicateOf : null,
  };
}

/** A moderator's correction of wording follows the same text rules as the original. */
export function correctedWording(newText: string, maxLength: number): string {
  return cleanStatementText(newText, maxLength);
}

/**
 * Translations may run somewhat longer than the original (Finnish is long), so they get twice the
 * limit; they must be in one of the conversation's languages and not the original's.
 */
export function cleanTranslation(
  statement: Pick<Statement, 'lang'>,
  lang: Lang,
  conversationLangs: readonly Lang[],
  text: string,
  maxLength: number,
): string {
  if (!conversationLangs.includes(lang)) {
    throw new DomainError('invalid_language', `The conversation is not held in "${lang}"`);
  }
  if (lang === statement.lang) {
    throw new DomainError('invalid_language', 'A translation is into another language than the original');
  }
  return cleanStatementText(text, maxLength * 2);
}
