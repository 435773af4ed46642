import type { Lang } from './lang.js';
import { analysePolarity, polarityClass, type Polarity, type WordClass } from './polarity.js';
import { stem } from './stem.js';
import { compoundParts } from './compound-parts.js';
import { isLightWord } from './light-words.js';
import { expandPrivatives } from './privative.js';
import { impliedPrice } from './price-words.js';
import { analyseScope, type Scope } from './scope.js';
import { isStopword } from './stopwords.js';
import { tokenise } from './tokenise.js';

/**
 * Direction words ("lisätä", "increase", "minska") tell what a statement asks for, which polarity
 * scores; as topic words they would make "invest more in solar energy" and "invest more in youth
 * work" look alike, so they count for little.
 */
export const POLAR_WORD_WEIGHT = 0.25;
/** Word classes that are not direction or evaluation words: "later" is also what a statement is about. */
const UNDAMPED_CLASSES: ReadonlySet<WordClass> = new Set(['clause', 'concession', 'negator', 'later', 'earlier']);
/** A known part of a compound, beside the whole word (see `compoundParts`). */
export const PART_WEIGHT = 0.5;
/**
 * Generic verbs and nouns ("tehdä", "använda", "run", "provide") frame a claim without naming its
 * topic: "buses should run more often" and "more frequent bus services" differ only in them.
 */
export const LIGHT_WORD_WEIGHT = 0.35;
/** The price that "expensive" or "billig" names (see `impliedPrice`), beside the rating word. */
export const IMPLIED_PRICE_WEIGHT = 1;

/** A stem of the text (or a number, as "#30") with its term weight before idf. */
export interface Term {
  readonly stem: string;
  /** Sublinear term frequency, damped for polar words. */
  readonly weight: number;
}

export interface TextFeatures {
  readonly terms: readonly Term[];
  readonly polarity: Polarity;
  /** Numbers in the text ("30", "2030"), which must agree for two statements to mean the same. */
  readonly numbers: readonly string[];
  /** Whether it is for everyone or for a group of residents (see `analyseScope`). */
  readonly scope: Scope;
}

export function extractFeatures(text: string, lang: Lang): TextFeatures {
  const tokens = expandPrivatives(tokenise(text), lang);
  const counts = new Map<string, { count: number; damping: number }>();
  const numbers: string[] = [];
  const add = (key: string, damping: number) => {
    const entry = counts.get(key);
    if (entry) {
      entry.count++;
      entry.damping = Math.max(entry.damping, damping);
    } else {
      counts.set(key, { count: 1, damping });
    }
  };
  for (const token of tokens) {
    if (token.kind === 'number') {
      numbers.push(token.text);
      add(`#${token.text}`, 1);
    } else if (token.kind === 'word' && !isStopword(token.text, lang)) {
      const cls = polarityClass(token.text, lang);
      const polar = cls !== null && !UNDAMPED_CLASSES.has(cls);
      add(stem(token.text, lang), polar ? POLAR_WORD_WEIGHT : isLightWord(token.text, lang) ? LIGHT_WORD_WEIGHT : 1);
      if (!polar) for (const part of compoundParts(token.text, lang)) add(part, PART_WEIGHT);
      const price = impliedPrice(token.text, lang);
      if (price !== null) add(stem(price, lang), IMPLIED_PRICE_WEIGHT);
    }
  }
  const terms: Term[] = [];
  for (const [key, { count, damping }] of counts) terms.push({ stem: key, weight: (1 + Math.log(count)) * damping });
  return { terms, polarity: analysePolarity(tokens, lang), numbers, scope: analyseScope(tokens, lang) };
}
