import { addDays, type Ymd } from './calendar-date.js';
import { helsinkiDate } from './helsinki-time.js';

/** Activity in one hour, keyed by the hour's first instant (UTC epoch ms). */
export interface HourCounts {
  hourStart: number;
  votes: number;
  newVoters: number;
  statements: number;
}

export interface DayCounts {
  /** The Helsinki calendar date, 'YYYY-MM-DD'. */
  day: Ymd;
  votes: number;
  newVoters: number;
  statements: number;
}

/**
 * Sums hourly activity into Helsinki days, from the first active day to the last, quiet days
 * included as zeros so that a chart's time axis has no holes. Helsinki is a whole number of hours
 * from UTC, so every UTC hour falls inside one Helsinki day.
 */
export function bucketByHelsinkiDay(hours: readonly HourCounts[]): DayCounts[] {
  const days = new Map<Ymd, DayCounts>();
  for (const h of hours) {
    const day = helsinkiDate(h.hourStart);
    const row = days.get(day) ?? { day, votes: 0, newVoters: 0, statements: 0 };
    row.votes += h.votes;
    row.newVoters += h.newVoters;
    row.statements += h.statements;
    days.set(day, row);
  }
  const sorted = [...days.keys()].sort();
  if (sorted.length === 0) return [];
  const out: DayCounts[] = [];
  for (let day = sorted[0]!; day <= sorted[sorted.length - 1]!; day = addDays(day, 1)) {
    out.push(days.get(day) ?? { day, votes: 0, newVoters: 0, statements: 0 });
  }
  return out;
}
