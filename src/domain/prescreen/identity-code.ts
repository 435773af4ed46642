import type { Flag, TextSpan } from './flag.js';
import { REASONS } from './reasons.js';

/** Check characters of the Finnish personal identity code, indexed by the number mod 31. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs: + for the 1800s; - and Y X W V U for the 1900s; A–F for the 2000s (since 2023). */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

// People type other dashes for the hyphen; letters in either case.
const CANDIDATE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+‐‑‒–—−A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function centuryOf(sign: string): number | undefined {
  const s = sign.toUpperCase();
  return CENTURY[/[‐‑‒–—−]/.test(s) ? '-' : s];
}

/** Whether a string is a valid Finnish personal identity code: a real date, and the check character. */
export function isValidPersonalIdentityCode(code: string): boolean {
  CANDIDATE.lastIndex = 0;
  const m = new RegExp(`^${CANDIDATE.source}$`, 'iu').exec(code.trim());
  return m !== null && validParts(m);
}

function validParts(m: RegExpExecArray): boolean {
  const [, dd, mm, yy, sign, individual, check] = m as unknown as [string, string, string, string, string, string, string];
  const century = centuryOf(sign);
  if (century === undefined) return false;
  const day = Number(dd);
  const month = Number(mm);
  const year = century + Number(yy);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // 000 and 001 are never given; 900–999 are temporary codes, which identify a person all the same.
  if (Number(individual) < 2) return false;
  return CHECK_CHARACTERS[Number(dd + mm + yy + individual) % 31] === check.toUpperCase();
}

/** Spans of the valid personal identity codes in a text; shapes with a wrong check character are left out. */
export function findPersonalIdentityCodes(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (validParts(m as RegExpExecArray)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

/** A statement with a valid personal identity code must never be shown before a moderator has seen it. */
export function containsPersonalIdentityCode(text: string): boolean {
  return findPersonalIdentityCodes(text).length > 0;
}

export function checkPersonalIdentityCodes(text: string): Flag[] {
  return findPersonalIdentityCodes(text).map((span) => ({
    rule: 'names_person',
    kind: 'personal_identity_code',
    reason: REASONS.personal_identity_code,
    span,
  }));
}
