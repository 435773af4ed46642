import type { Lang } from '../languages.js';

export type StatementStatus = 'pending' | 'published' | 'rejected' | 'withdrawn';

export const REJECTION_REASONS = ['names_person', 'offensive', 'off_topic', 'false_claim', 'duplicate', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface Statement {
  id: string;
  conversationId: string;
  lang: Lang;
  text: string;
  status: StatementStatus;
  isSeed: boolean;
  isMeta: boolean;
  authorParticipantId: string | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOf: string | null;
  createdAt: number;
  decidedAt: number | null;
  translations: Partial<Record<Lang, string>>;
}

/** Whether a statement takes part in the opinion math: pending, rejected and meta ones do not. */
export function isInMath(statement: Pick<Statement, 'status' | 'isMeta'>): boolean {
  return statement.status === 'published' && !statement.isMeta;
}
