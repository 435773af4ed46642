import type { Flag, FlagKind, TextSpan } from './flag.js';
import { REASONS } from './reasons.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
/** @name as Instagram, X, TikTok and Threads write it; an e-mail address is not a handle. */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}@])/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s"”»)]+/giu;

/** +358 40 123 4567, +46 (0)70-123 45 67, 00358 40 1234567. */
const INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\p{N}])/gu;
/** 040 123 4567, 040-1234567, 0401234567, 09 310 1691, (09) 310 1691. */
const DOMESTIC_PHONE = /(?<![\p{L}\p{N}.,:/])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ -]?\d{2,4}){1,4}(?![\p{N}]|[.,]\d)/gu;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

function spansOf(pattern: RegExp, text: string, keep: (match: string) => boolean = () => true): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    if (keep(m[0])) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

function flags(kind: Extract<FlagKind, 'email' | 'phone' | 'handle'>, spans: TextSpan[]): Flag[] {
  return spans.map((span) => ({ rule: 'names_person', kind, reason: REASONS[kind], span }));
}

export function findEmails(text: string): TextSpan[] {
  return spansOf(EMAIL, text);
}

export function findHandles(text: string): TextSpan[] {
  return spansOf(HANDLE, text, (m) => /\p{L}/u.test(m));
}

/** Web addresses: not personal in themselves, but their words are no names either. */
export function findUrls(text: string): TextSpan[] {
  return spansOf(URL, text);
}

/** Finnish and international phone numbers; years, sums, dates and postcodes are too short or lack the leading 0 or +. */
export function findPhoneNumbers(text: string): TextSpan[] {
  const international = spansOf(INTERNATIONAL_PHONE, text, (m) => digits(m) >= 8 && digits(m) <= 15);
  const domestic = spansOf(DOMESTIC_PHONE, text, (m) => digits(m) >= 7 && digits(m) <= 12).filter(
    (d) => !international.some((i) => d.start < i.end && i.start < d.end),
  );
  return [...international, ...domestic].sort((a, b) => a.start - b.start);
}

/** E-mail addresses, phone numbers and social-media handles (rule 1). */
export function checkContactDetails(text: string): Flag[] {
  return [...flags('email', findEmails(text)), ...flags('phone', findPhoneNumbers(text)), ...flags('handle', findHandles(text))];
}
