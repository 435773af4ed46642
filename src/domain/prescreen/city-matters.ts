import type { Lang } from '../languages.js';
import { isStopword } from '../similarity/stopwords.js';
import { CITY_VOCABULARY } from './data/city-vocabulary.js';
import { Lexicon } from './lexicon.js';
import { scanWords } from './text-scan.js';

/** Compound parts shorter than this say nothing (kanel-bullar is no buller). */
const MIN_PART = 5;

function lexicon(lang: Lang): Lexicon {
  const words = CITY_VOCABULARY[lang]
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !isStopword(w, lang));
  return new Lexicon(words, lang === 'fi' ? { compounds: true } : { inflection: 'suffix', compounds: true });
}

const VOCABULARY: Record<Lang, Lexicon> = { fi: lexicon('fi'), sv: lexicon('sv'), en: lexicon('en') };

/** The word itself, then its endings from the longest: the head of a compound (kaupunki|pyörä, ungdoms|biljett). */
function* parts(lower: string): Iterable<string> {
  yield lower;
  for (let cut = 1; lower.length - cut >= MIN_PART; cut++) yield lower.slice(cut);
}

/**
 * The first word of a text that names a matter of city life or participation (a service, a
 * place, a decision), or null: in an inflected form, or as a part of a compound.
 */
export function cityMatter(text: string, lang: Lang): string | null {
  const vocabulary = VOCABULARY[lang];
  for (const word of scanWords(text)) {
    for (const part of parts(word.lower.replace(/-/g, ''))) {
      if (vocabulary.has(part)) return word.text;
    }
  }
  return null;
}
