import { TIME_ZONE } from '../languages.js';
import { addDays, ymd, ymdParts, type Ymd } from './calendar-date.js';

// Creating a formatter is slow; formatting with one is fast.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(ms: number): LocalParts {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time in epoch milliseconds: ${ms}`);
  const parts: Partial<Record<string, number>> = {};
  for (const part of formatter.formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    // Some engines write midnight as 24 even with h23.
    hour: (parts.hour ?? NaN) % 24,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** How far Helsinki local time is ahead of UTC at the instant `ms` (2 or 3 hours today). */
function offsetMs(ms: number): number {
  const p = localParts(ms);
  const subSecond = ((ms % 1000) + 1000) % 1000;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + subSecond - ms;
}

/** The Helsinki calendar date at the instant `ms`. */
export function helsinkiDate(ms: number): Ymd {
  const p = localParts(ms);
  return ymd(p.year, p.month, p.day);
}

// Working-time sums walk the same days again and again; a few years of midnights is a small map.
const MAX_CACHED_DAYS = 4096;
const dayStarts = new Map<Ymd, number>();

/**
 * The instant the Helsinki day `date` begins. Finland changes its clocks at 03:00 or 04:00, never
 * at midnight, so every local midnight exists exactly once.
 */
export function startOfHelsinkiDay(date: Ymd): number {
  const cached = dayStarts.get(date);
  if (cached !== undefined) return cached;
  const [year, month, day] = ymdParts(date);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset even when the first guess lands on the other side of a change.
  const guess = midnightAsUtc - offsetMs(midnightAsUtc);
  const start = midnightAsUtc - offsetMs(guess);
  if (dayStarts.size >= MAX_CACHED_DAYS) dayStarts.clear();
  dayStarts.set(date, start);
  return start;
}

/** The instant the Helsinki day `date` ends, which is when the next one begins. */
export function endOfHelsinkiDay(date: Ymd): number {
  return startOfHelsinkiDay(addDays(date, 1));
}
