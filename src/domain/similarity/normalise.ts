/**
 * Text normalisation before tokenising: Unicode NFC, lower case, one kind of apostrophe and dash,
 * one space, digit groups joined ("10 000" → "10000"), decimal commas as points, English
 * contractions spelled out so that a negation is a word of its own.
 */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
const DIGIT_GROUPS = /(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])/g;
const DECIMAL_COMMA = /(\d),(\d)/g;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\b([a-z]+)n't\b/g, '$1 not'],
];

export function normaliseText(text: string): string {
  let s = text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ');
  s = s.replace(DIGIT_GROUPS, (m) => m.replace(/ /g, '')).replace(DECIMAL_COMMA, '$1.$2');
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  return s.trim();
}

/**
 * Key under which two texts count as exactly the same statement: equal after normalising case,
 * spacing and punctuation.
 */
export function exactDuplicateKey(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}
