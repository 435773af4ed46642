/** A calendar date without a time zone, as 'YYYY-MM-DD'. */
export type Ymd = string;

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1–12) and day of a valid date; throws on anything else, e.g. '2026-02-30'. */
export function ymdParts(date: Ymd): [year: number, month: number, day: number] {
  const match = YMD.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const parts: [number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [year, month, day] = parts;
  if (fromUtcMidnight(Date.UTC(year, month - 1, day)) !== date) throw new RangeError(`No such date: ${date}`);
  return parts;
}

// Calendar arithmetic is done on UTC midnights, where every day is exactly 24 hours long.
function toUtcMidnight(date: Ymd): number {
  const [year, month, day] = ymdParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): Ymd {
  return new Date(ms).toISOString().slice(0, 10);
}

export function ymd(year: number, month: number, day: number): Ymd {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: Ymd): number {
  const day = new Date(toUtcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function yearOf(date: Ymd): number {
  return ymdParts(date)[0];
}

/** The date of the given ISO weekday on or after `from`. */
export function nextWeekdayOnOrAfter(from: Ymd, weekday: number): Ymd {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}
