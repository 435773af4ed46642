import { HOUR_MS, MODERATION_TARGET_HOURS, workingMsBetween } from './working-hours.js';

/** A statement that has been published or rejected, as the service-level figures read it. */
export interface DecidedStatement {
  submittedAt: number;
  decidedAt: number;
  /** The moderator's user id; null for decisions nobody made by hand (imports, post-moderation). */
  decidedBy: string | null;
}

export interface ModerationSummary {
  decided: number;
  /** Share decided within the 24 weekday-hour target, 0–1; null when nothing is decided. */
  withinTargetShare: number | null;
  /** Median weekday hours from submission to decision; null when nothing is decided. */
  medianHoursToDecision: number | null;
}

const TARGET_MS = MODERATION_TARGET_HOURS * HOUR_MS;

export function moderationSummary(decided: readonly DecidedStatement[]): ModerationSummary {
  const hours = decided.map((s) => workingMsBetween(s.submittedAt, Math.max(s.submittedAt, s.decidedAt)) / HOUR_MS);
  const within = hours.filter((h) => h * HOUR_MS <= TARGET_MS).length;
  return {
    decided: hours.length,
    withinTargetShare: hours.length === 0 ? null : within / hours.length,
    medianHoursToDecision: median(hours),
  };
}

/** The same figures for each moderator who decided something, by user id. */
export function moderationSummaryPerModerator(decided: readonly DecidedStatement[]): Map<string, ModerationSummary> {
  const byModerator = new Map<string, DecidedStatement[]>();
  for (const s of decided) {
    if (s.decidedBy === null) continue;
    const list = byModerator.get(s.decidedBy) ?? [];
    list.push(s);
    byModerator.set(s.decidedBy, list);
  }
  return new Map([...byModerator].map(([id, list]) => [id, moderationSummary(list)]));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
