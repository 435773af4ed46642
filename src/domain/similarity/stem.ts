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

/** Snowball stem of a lower-case word in the given language. */
export function stem(word: string, lang: Lang): string {
  const entry = stemmerFor(lang);
  let result = entry.cache.get(word);
  if (result === undefined) {
    result = entry.stemmer.stem(word);
    if (entry.cache.size >= CACHE_LIMIT) entry.cache.clear();
    entry.cache.set(word, result);
  }
  return result;
}
