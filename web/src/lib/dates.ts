import type { Lang } from '../api/types';
import { LOCALES } from '../i18n/langs';

const TIME_ZONE = 'Europe/Helsinki';

function isHelsinkiMidnight(date: Date): boolean {
  const hm = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(date);
  return hm === '00:00';
}

function format(date: Date, lang: Lang, withTime: boolean): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    // "25.1." is how Finns write a date; Swedish and English read better with the month's name.
    month: lang === 'fi' ? 'numeric' : 'long',
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The day (and time, unless midnight) a phase starts, in Helsinki time. */
export function formatStart(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return format(date, lang, !isHelsinkiMidnight(date));
}

/**
 * The last day of a phase that ends at `iso`. Ends are exclusive: a phase that ends at midnight
 * ends on the previous day, so "until 25.1." means through the 25th.
 */
export function formatUntil(iso: string, lang: Lang): string {
  const end = new Date(iso);
  if (isHelsinkiMidnight(end)) return format(new Date(end.getTime() - 1), lang, false);
  return format(end, lang, true);
}
