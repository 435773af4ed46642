import type { Lang } from './lang.js';

/**
 * Character n-grams of a word. They let inflected forms whose stems differ (kaupunki / kaupungin),
 * compounds written together or apart (osallistuvabudjetointi / osallistuva budjetointi) and
 * partial compounds (pyöräpysäköinti / pysäköinti) share features.
 */
export function charNgrams(word: string, n: number): string[] {
  if (word.length < n) return word.length > 0 ? [word] : [];
  const grams: string[] = [];
  for (let i = 0; i + n <= word.length; i++) grams.push(word.slice(i, i + n));
  return grams;
}

/**
 * Finnish consonant gradation changes a stem inside its inflection (ranta / rannat, kaupunki /
 * kaupungin, luokka / luokan, kulta / kullan). Reducing both grades to one skeleton before taking
 * n-grams lets the forms share them: long consonants become short and nt, nk, mp, lt, rt lose the
 * stop that the weak grade assimilates.
 */
export function gradationSkeleton(word: string): string {
  return word
    .replace(/([bcdfghjklmnpqrstvwxz])\1/g, '$1')
    .replace(/n[tk]/g, 'n')
    .replace(/ng/g, 'n')
    .replace(/mp/g, 'm')
    .replace(/([lr])t/g, '$1');
}

/**
 * Swedish and English double a consonant in some forms and not in others (skatt / kommunalskat,
 * where Snowball trims the double only when the word is long enough; plan / planning): one
 * consonant stands for both.
 */
export function singleConsonants(word: string): string {
  return word.replace(/([bcdfghjklmnpqrstvwxz])\1/g, '$1');
}

/** The form of a word that n-grams are taken from, per language. */
export function gramForm(word: string, lang: Lang): string {
  return lang === 'fi' ? gradationSkeleton(word) : singleConsonants(word);
}

const MIN_INFLECTED_STEM = 4;
const MAX_ENDING = 2;

/**
 * `long` is `short` with an ending left on, in Finnish or Swedish: Snowball stems some inflected
 * and derived forms short of others (asuk / asukas, vanhus / vanhust, intern / internet,
 * valmistel / valmistelu). Up to two letters after a stem of four, three after a longer one.
 */
export function isInflection(short: string, long: string, lang: Lang | null): boolean {
  if ((lang !== 'fi' && lang !== 'sv') || short.length < MIN_INFLECTED_STEM) return false;
  const ending = long.length - short.length;
  return ending <= (short.length > MIN_INFLECTED_STEM ? MAX_ENDING + 1 : MAX_ENDING) && long.startsWith(short);
}
