// The schedule is edited in Helsinki time with <input type="datetime-local">, whatever the
// browser's own time zone; the API speaks UTC instants (ISO 8601).
import type { Lang } from '../../api/types';
import { LOCALES } from '../../i18n/langs';

const TIME_ZONE = 'Europe/Helsinki';
const HOUR = 3_600_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Helsinki wall-clock time of an instant, as a datetime-local value "YYYY-MM-DDTHH:mm". */
function wallClock(ms: number): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Helsinki's offset from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function offsetAt(ms: number): number {
  const [date, time] = wallClock(ms).split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(ms / 60_000) * 60_000;
}

/** An API instant as the value of a datetime-local input in Helsinki time; '' for none. */
export function isoToHelsinkiInput(iso: string | null): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : wallClock(ms);
}

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * A datetime-local value read as Helsinki time, as an ISO instant; null for an empty field.
 * At the autumn change the repeated hour is read as its first occurrence (summer time); a time
 * skipped in spring is read with the winter offset, i.e. one hour later on the clock.
 * Throws a RangeError for a value that is not a datetime-local value.
 */
export function helsinkiInputToIso(value: string): string | null {
  if (value.trim() === '') return null;
  const m = INPUT.exec(value.trim());
  if (!m) throw new RangeError(`not a datetime-local value: ${value}`);
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) throw new RangeError(`not a datetime-local value: ${value}`);
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  const candidates = [...new Set([offsetAt(asUtc - 12 * HOUR), offsetAt(asUtc + 12 * HOUR)])]
    .map((offset) => asUtc - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((ms) => wallClock(ms) === wanted);
  return new Date(exact ?? asUtc - offsetAt(asUtc - 12 * HOUR)).toISOString();
}

/** An instant for people: date and time in Helsinki, in the interface language's format. */
export function formatHelsinki(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
