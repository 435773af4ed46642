import type { Flag } from './flag.js';
import { REASONS } from './reasons.js';

/** Below this many letters a text in capitals is a heading or acronyms, not shouting. */
export const SHOUTING_MIN_LETTERS = 12;
/** Share of capitals among cased letters from which a text shouts. */
export const SHOUTING_SHARE = 0.8;
/** Words of this length in capitals, not counting acronyms such as HSL or YTV. */
const LONG_WORD = /\p{Lu}{4,}/gu;

/** A statement written (nearly) all in capitals (rule 2). */
export function checkShouting(text: string): Flag[] {
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  if (upper + lower < SHOUTING_MIN_LETTERS || upper / (upper + lower) < SHOUTING_SHARE) return [];
  if ((text.match(LONG_WORD) ?? []).length < 2) return [];
  const first = text.search(/\p{L}/u);
  const last = /\p{L}(?=\P{L}*$)/u.exec(text)!;
  return [{ rule: 'offensive', kind: 'shouting', reason: REASONS.shouting, span: { start: first, end: last.index + last[0].length } }];
}
