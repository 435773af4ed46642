import { conceptSimilarity, conceptsOf, type ConceptMatch } from './concepts.js';
import type { Lang } from './lang.js';
import { charNgrams, gramForm, isInflection } from './ngrams.js';

/** N-gram length: long enough to name a word part, short enough to survive Finnish endings. */
export const NGRAM_LENGTH = 4;
/** One stem ends with the other: the head of a compound (skolkurator / kurator). */
export const SUFFIX_SIMILARITY = 0.8;
/** One stem starts with the other: a compound's modifier or a longer derivation. */
export const PREFIX_SIMILARITY = 0.6;
/** One stem is the other with an ending left on (see `isInflection`). */
export const INFLECTION_SIMILARITY = 0.9;
/** Shorter shared parts are noise (one 4-gram in common), and ignoring them keeps queries fast. */
export const MIN_WORD_SIMILARITY = 0.3;
const MIN_PART_LENGTH = 4;

/** What word similarity needs to know about a stem. */
export interface WordShape {
  readonly stem: string;
  /** null for a number. */
  readonly lang: Lang | null;
  /** The stem as n-grams are taken from it (Finnish: gradation skeleton). */
  readonly form: string;
  /** Distinct n-grams of `form`. */
  readonly grams: readonly string[];
  /** The thesaurus concepts it names (synonyms: avgift / pris, kuntalainen / asukas). */
  readonly concepts: readonly ConceptMatch[];
}

export function wordShape(stem: string, lang: Lang): WordShape {
  if (stem.startsWith('#')) return { stem, lang: null, form: stem, grams: [], concepts: [] };
  const form = gramForm(stem, lang);
  const grams = [...new Set(charNgrams(form, NGRAM_LENGTH))];
  return { stem, lang, form, grams, concepts: conceptsOf(form, grams, lang) };
}

/**
 * How far two stems are the same term, 0…1, from the number of n-grams they share: 1 for the same
 * stem or form; compound parts score by position; otherwise the Dice overlap of their n-grams, or
 * their similarity as synonyms in the thesaurus when that is higher.
 */
export function similarityFromShared(a: WordShape, b: WordShape, shared: number): number {
  if (a.stem === b.stem || a.form === b.form) return 1;
  const synonyms = conceptSimilarity(a.concepts, b.concepts);
  return Math.max(synonyms, formSimilarity(a, b, shared));
}

function formSimilarity(a: WordShape, b: WordShape, shared: number): number {
  if (shared === 0) return 0;
  let best = (2 * shared) / (a.grams.length + b.grams.length);
  const [short, long] = a.form.length <= b.form.length ? [a, b] : [b, a];
  if (short.form.length >= MIN_PART_LENGTH && shared === short.grams.length) {
    if (a.lang === b.lang && isInflection(short.form, long.form, a.lang)) best = Math.max(best, INFLECTION_SIMILARITY);
    else if (long.form.endsWith(short.form)) best = Math.max(best, SUFFIX_SIMILARITY);
    else if (long.form.startsWith(short.form)) best = Math.max(best, PREFIX_SIMILARITY);
  }
  return best >= MIN_WORD_SIMILARITY ? best : 0;
}

export function wordSimilarity(a: WordShape, b: WordShape): number {
  if (a.stem === b.stem || a.form === b.form) return 1;
  const other = new Set(b.grams);
  let shared = 0;
  for (const g of a.grams) if (other.has(g)) shared++;
  return similarityFromShared(a, b, shared);
}
