import type { Lang, Tally } from '../../../api/types';
import { LOCALES } from '../../../i18n/langs';

/** Groups are named A, B, C… in the order of their ids. */
export const groupLetter = (index: number) => String.fromCharCode(65 + index);

export const votesIn = (t: Tally) => t.agree + t.disagree + t.pass;

/** A share 0–1 as a whole percentage in the reader's locale ("67 %" in Finnish and Swedish). */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** part/total as a percentage, or a dash without votes. */
export function formatPart(part: number, total: number, lang: Lang): string {
  return total === 0 ? '–' : formatShare(part / total, lang);
}

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(n);
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

/** A Helsinki calendar date 'YYYY-MM-DD' as the locale writes it. */
export function formatDay(day: string, lang: Lang, short = false): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return new Intl.DateTimeFormat(LOCALES[lang], short ? { day: 'numeric', month: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
