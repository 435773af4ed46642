import { DomainError } from '../errors.js';
import type { Lang } from '../languages.js';
import { REJECTION_REASONS, type RejectionReason, type Statement, type StatementStatus } from './statement.js';
import { cleanStatementText } from './text.js';

export type Decision =
  | { action: 'publish' }
  | { action: 'reject'; reason: RejectionReason; duplicateOf?: string | null; note?: string | null };

export interface DecisionOutcome {
  status: StatementStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOf: string | null;
}

/**
 * Applies a moderator's decision. Rejecting a published statement withdraws it (it leaves the
 * math and the voting cards but stays on record); rejecting needs one of the public rule reasons,
 * a duplicate names the statement it repeats, and "other" carries a note.
 */
export function decide(statement: Pick<Statement, 'id' | 'status'>, decision: Decision): DecisionOutcome {
  if (decision.action === 'publish') {
    if (statement.status === 'published') throw new DomainError('already_decided', 'The statement is already published');
    return { status: 'published', rejectionReason: null, rejectionNote: null, duplicateOf: null };
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
