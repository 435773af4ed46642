import type { Lang } from './lang.js';

/**
 * "Bussiliput ovat liian kalliita" and "lippujen hinnat ovat liian korkeat" say the same: a word
 * that rates a price (expensive, billig, edullinen) names the price too. Such a word adds the word
 * for price to a statement's topic, while polarity reads its evaluation as before.
 */
const PRICE_RATING: Record<Lang, { readonly words: ReadonlySet<string>; readonly starts: readonly string[] }> = {
  fi: {
    words: new Set(['kallis', 'kallista', 'kalliita', 'kalliin', 'kalliiksi', 'halpa', 'halpaa', 'halpoja', 'hintava', 'hintavia']),
    starts: ['kalliimp', 'kalliimm', 'halvemp', 'halvemm', 'halvoi', 'edulli', 'edullis', 'kohtuuhintai'],
  },
  sv: {
    words: new Set(['dyr', 'dyra', 'dyrt', 'dyrare', 'dyrast', 'dyraste']),
    starts: ['billig', 'prisvärd', 'kostsam'],
  },
  en: {
    words: new Set(['expensive', 'cheap', 'cheaper', 'cheapest', 'costly', 'pricey', 'affordable', 'unaffordable', 'overpriced', 'dearer', 'pricier']),
    starts: [],
  },
};

const PRICE_WORD: Record<Lang, string> = { fi: 'hinta', sv: 'pris', en: 'price' };

/** The word for price when `word` rates a price, else null. */
export function impliedPrice(word: string, lang: Lang): string | null {
  const { words, starts } = PRICE_RATING[lang];
  return words.has(word) || starts.some((s) => word.startsWith(s)) ? PRICE_WORD[lang] : null;
}
