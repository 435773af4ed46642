// The staff API's JSON as the moderation pages read it (see /api/v1 docs). Fields the backend adds
// later are optional here, so the pages work with and without them.
import type { Lang } from '../../api/types';

export type RejectionReason = 'names_person' | 'offensive' | 'off_topic' | 'false_claim' | 'duplicate' | 'other';
export const REJECTION_REASONS: readonly RejectionReason[] = ['names_person', 'offensive', 'off_topic', 'false_claim', 'duplicate', 'other'];

export type StatementStatus = 'pending' | 'published' | 'rejected' | 'withdrawn';
export type DecidedStatus = Exclude<StatementStatus, 'pending'>;
export const DECIDED_STATUSES: readonly DecidedStatus[] = ['published', 'rejected', 'withdrawn'];

export interface StaffStatement {
  id: string;
  lang: Lang;
  text: string;
  translations: Partial<Record<Lang, string>>;
  isSeed: boolean;
  createdAt: string;
  status: StatementStatus | string;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOf: string | null;
  decidedAt?: string | null;
  decidedBy?: string | null;
  decidedByName?: string | null;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface Flag {
  /** The public rule: a reason name, or the rule's number (1, 2, 3) in older answers. */
  rule: string | number;
  kind: string;
  reason: Partial<Record<Lang, string>>;
  span: TextSpan | null;
  statementId?: string;
  score?: number;
}

export interface Nearest {
  statementId: string;
  text: string;
  lang: Lang;
  score: number;
  status?: StatementStatus | string;
}

export interface QueueItem {
  statement: StaffStatement;
  ageWorkingHours?: number;
  ageHours?: number;
  dueAt: string;
  overdue?: boolean;
  authorLang?: Lang;
  authorParticipantId?: string | null;
  nearest: Nearest[];
  likelyDuplicate?: boolean;
  flags: Flag[];
}

export type DecisionAction = 'publish' | 'reject' | 'withdraw' | 'undo';

export interface DecisionBody {
  statementIds: string[];
  action: DecisionAction;
  reason?: RejectionReason;
  duplicateOf?: string;
  note?: string;
  text?: string;
}

export interface AuditEntry {
  at: string;
  actorUserId: string | null;
  actorName?: string | null;
  action: string;
  statementId: string | null;
  oldText: string | null;
  newText: string | null;
  details: Record<string, unknown>;
}
