import { addDays } from './calendar-date.js';
import { isFinnishWorkingDay } from './finnish-holidays.js';
import { endOfHelsinkiDay, helsinkiDate, startOfHelsinkiDay } from './helsinki-time.js';

/** Moderators publish or reject a new statement within this many weekday hours. */
export const MODERATION_TARGET_HOURS = 24;

export const HOUR_MS = 3_600_000;
const TARGET_MS = MODERATION_TARGET_HOURS * HOUR_MS;

function assertTime(ms: number, name: string): void {
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a time in epoch milliseconds, not ${ms}`);
}

/**
 * The time between two instants that falls on Finnish working days. A working day counts whole,
 * from Helsinki midnight to midnight, so "24 weekday hours" from Friday 15:00 ends on Monday 15:00.
 */
export function workingMsBetween(startMs: number, endMs: number): number {
  assertTime(startMs, 'startMs');
  assertTime(endMs, 'endMs');
  let total = 0;
  let date = helsinkiDate(startMs);
  let dayStart = startOfHelsinkiDay(date);
  while (dayStart < endMs) {
    const dayEnd = endOfHelsinkiDay(date);
    if (isFinnishWorkingDay(date)) {
      total += Math.max(0, Math.min(dayEnd, endMs) - Math.max(dayStart, startMs));
    }
    date = addDays(date, 1);
    dayStart = dayEnd;
  }
  return total;
}

/**
 * The earliest instant by which `hours` of working time have passed since `startMs`. Time submitted
 * on a weekend or holiday starts counting when the next working day begins.
 */
export function addWorkingHours(startMs: number, hours: number): number {
  assertTime(startMs, 'startMs');
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be zero or more, not ${hours}`);
  let remaining = hours * HOUR_MS;
  let date = helsinkiDate(startMs);
  let dayStart = startOfHelsinkiDay(date);
  for (;;) {
    const dayEnd = endOfHelsinkiDay(date);
    if (isFinnishWorkingDay(date)) {
      const from = Math.max(dayStart, startMs);
      if (remaining <= dayEnd - from) return from + remaining;
      remaining -= dayEnd - from;
    }
    date = addDays(date, 1);
    dayStart = dayEnd;
  }
}

/** When a statement submitted at `submittedAt` should have been published or rejected. */
export function moderationDueAt(submittedAt: number): number {
  return addWorkingHours(submittedAt, MODERATION_TARGET_HOURS);
}

/** Whether a statement still waiting for a decision at `now` is past the target. */
export function isModerationOverdue(submittedAt: number, now: number): boolean {
  return workingMsBetween(submittedAt, now) > TARGET_MS;
}

export interface ModerationTiming {
  submittedAt: number;
  /** When it was published or rejected; null while it waits. */
  decidedAt: number | null;
}

export interface ServiceLevel {
  /** Statements published or rejected. */
  decided: number;
  /** Decided within MODERATION_TARGET_HOURS weekday hours. */
  withinTarget: number;
  /** withinTarget / decided, from 0 to 1; null when nothing is decided yet. */
  shareWithinTarget: number | null;
  /** Median weekday hours from submission to decision; null when nothing is decided yet. */
  medianWorkingHoursToDecision: number | null;
  /** Statements still waiting at `now` that are past the target. */
  overdue: number;
}

export function serviceLevel(items: readonly ModerationTiming[], now: number): ServiceLevel {
  assertTime(now, 'now');
  const hoursToDecision: number[] = [];
  let withinTarget = 0;
  let overdue = 0;
  for (const { submittedAt, decidedAt } of items) {
    if (decidedAt === null) {
      if (isModerationOverdue(submittedAt, now)) overdue += 1;
      continue;
    }
    const workingMs = workingMsBetween(submittedAt, decidedAt);
    if (workingMs <= TARGET_MS) withinTarget += 1;
    hoursToDecision.push(workingMs / HOUR_MS);
  }
  const decided = hoursToDecision.length;
  return {
    decided,
    withinTarget,
    shareWithinTarget: decided === 0 ? null : withinTarget / decided,
    medianWorkingHoursToDecision: median(hoursToDecision),
    overdue,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
