import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Lang } from './lang.js';

const ALGORITHM: Record<Lang, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
/** Stemming is the slowest step of feature extraction and a conversation's vocabulary is small. */
const CACHE_LIMIT = 50_000;

const stemmers = new Map<Lang, { stemmer: Stemmer; cache: Map<string, string> }>();

function stemmerFor(lang: Lang) {
  let entry = stemmers.get(lang);
  if (!entry) {
    entry = { stemmer: newStemmer(ALGORITHM[lang]), cache: new Map() };
    stemmers.set(lang, entry);
  }
  return entry;
}

/** What follows a Swedish stem that lost its adjective ending: -ig or -lig, then an inflection. */
const SWEDISH_ADJECTIVE_REST = /^(l?ig)(?:a|t|e|are|ast|aste)?$/;

/**
 * Swedish Snowball strips the adjective endings -ig and -lig, which turns "billig" (cheap) into
 * "bil" (car), "viktig" (important) into "vikt" (weight) and "tidigare" (earlier) into "tid"
 * (time): the ending is kept, while the inflection after it still goes.
 */
function keepSwedishAdjective(word: string, stemmed: string): string {
  if (!word.startsWith(stemmed)) return stemmed;
  const rest = SWEDISH_ADJECTIVE_REST.exec(word.slice(stemmed.length));
  return rest ? stemmed + rest[1]! : stemmed;
}

/** Snowball stem of a lower-case word in the given language. */
export function stem(word: string, lang: Lang): string {
  const entry = stemmerFor(lang);
  let result = entry.cache.get(word);
  if (result === undefined) {
    result = entry.stemmer.stem(word);
    if (lang === 'sv') result = keepSwedishAdjective(word, result);
    if (entry.cache.size >= CACHE_LIMIT) entry.cache.clear();
    entry.cache.set(word, result);
  }
  return result;
}
