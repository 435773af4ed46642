// Types of the moderation API's JSON, taken from the server's own schemas (type-only: nothing of
// the server ends up in the bundle).
import type { Static } from 'typebox';
import type {
  AuditSchema,
  DecisionBodySchema,
  FlagSchema,
  QueueSchema,
  ReasonSchema,
  StaffStatementSchema,
} from '../../../../src/http/schemas/moderation.js';

export type RejectionReason = Static<typeof ReasonSchema>;
export const REJECTION_REASONS: readonly RejectionReason[] = ['names_person', 'offensive', 'off_topic', 'false_claim', 'duplicate', 'other'];

export type StaffStatement = Static<typeof StaffStatementSchema>;
export type StatementStatus = StaffStatement['status'];
export type DecidedStatus = Exclude<StatementStatus, 'pending'>;
export const DECIDED_STATUSES: readonly DecidedStatus[] = ['published', 'rejected', 'withdrawn'];

export type Flag = Static<typeof FlagSchema>;
export type TextSpan = NonNullable<Flag['span']>;
export type QueueItem = Static<typeof QueueSchema>['items'][number];
export type Nearest = QueueItem['nearest'][number];
export type DecisionBody = Static<typeof DecisionBodySchema>;
export type DecisionAction = DecisionBody['action'];
export type AuditEntry = Static<typeof AuditSchema>['entries'][number];
