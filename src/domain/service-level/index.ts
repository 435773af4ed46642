export type { Ymd } from './calendar-date.js';
export { easterSunday } from './easter.js';
export { finnishHolidays, isFinnishWorkingDay, type FinnishHoliday } from './finnish-holidays.js';
export { endOfHelsinkiDay, helsinkiDate, startOfHelsinkiDay } from './helsinki-time.js';
export {
  HOUR_MS,
  MODERATION_TARGET_HOURS,
  addWorkingHours,
  isModerationOverdue,
  moderationDueAt,
  serviceLevel,
  workingMsBetween,
  type ModerationTiming,
  type ServiceLevel,
} from './working-hours.js';
export { bucketByHelsinkiDay, type DayCounts, type HourCounts } from './helsinki-days.js';
export {
  moderationSummary,
  moderationSummaryPerModerator,
  type DecidedStatement,
  type ModerationSummary,
} from './summary.js';
