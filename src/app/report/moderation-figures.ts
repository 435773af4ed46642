import { MODERATION_TARGET_HOURS, type ModerationSummary } from '../../domain/service-level/index.js';
import type { ModerationStats } from '../moderation/moderation-stats.js';
import { REJECTION_REASONS, type RejectionReason, type Statement } from '../../domain/statement/statement.js';

export interface StatementFigures {
  /** Every statement, seed statements included. */
  total: number;
  seed: number;
  /** Written by participants (everything but the organizers' statements). */
  submitted: number;
  published: number;
  rejected: number;
  pending: number;
  withdrawn: number;
  rejectedByReason: Record<RejectionReason, number>;
}

export interface ServiceLevelFigures extends ModerationSummary {
  targetHours: number;
  /** Participants' statements still waiting for a decision, and how many of them are past the target. */
  pending: number;
  overdue: number;
}

export function statementFigures(statements: readonly Statement[]): StatementFigures {
  const rejectedByReason = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>;
  const out: StatementFigures = { total: statements.length, seed: 0, submitted: 0, published: 0, rejected: 0, pending: 0, withdrawn: 0, rejectedByReason };
  for (const s of statements) {
    if (s.isSeed) out.seed++;
    if (s.authorParticipantId !== null) out.submitted++;
    out[s.status]++;
    if (s.status === 'rejected') rejectedByReason[s.rejectionReason ?? 'other']++;
  }
  return out;
}

/**
 * The moderation service level achieved, for the public: the share of moderators' decisions made
 * within 24 weekday hours (Finnish public holidays excluded) and the median time to decision,
 * without naming moderators. Imported decisions carry no moderator and do not count.
 */
export function serviceLevelOf(stats: ModerationStats): ServiceLevelFigures {
  return {
    decided: stats.decided,
    withinTargetShare: stats.withinTargetShare,
    medianHoursToDecision: stats.medianHoursToDecision,
    targetHours: MODERATION_TARGET_HOURS,
    pending: stats.pending,
    overdue: stats.overdue,
  };
}
