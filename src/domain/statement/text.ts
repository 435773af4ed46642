import { DomainError } from '../errors.js';

// C0 and C1 controls except tab, line feed and carriage return, plus bidi overrides and
// non-characters that can disguise text; tabs and newlines are folded into spaces below.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length as a person counts it: code points, not UTF-16 units. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Cleans a participant's statement: Unicode NFC, white space folded, ends trimmed. Refuses
 * control characters, broken Unicode, empty text and text over `maxLength` characters.
 */
export function cleanStatementText(raw: string, maxLength: number): string {
  if (LONE_SURROGATE.test(raw)) throw new DomainError('invalid_text', 'The text contains broken Unicode');
  if (FORBIDDEN.test(raw)) throw new DomainError('invalid_text', 'The text contains control characters');
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) throw new DomainError('statement_empty', 'The statement is empty');
  const length = textLength(text);
  if (length > maxLength) {
    throw new DomainError('statement_too_long', `The statement is ${length} characters; the limit is ${maxLength}`, {
      length,
      maxLength,
    });
  }
  return text;
}

/**
 * The key under which two statements count as exact duplicates: same letters and digits in the
 * same order, whatever their case, spacing and punctuation.
 */
export function duplicateKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
