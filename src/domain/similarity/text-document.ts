import { extractFeatures } from './features.js';
import type { Lang } from './lang.js';
import type { ClaimShape } from './scoring.js';
import type { Vocabulary } from './vocabulary.js';
import { wordSimilarity } from './word-similarity.js';

/** One indexed text (a statement's original or a translation) as the index scores it. */
export interface TextDocument<Owner> {
  readonly slot: number;
  readonly owner: Owner;
  readonly lang: Lang;
  readonly text: string;
  /** Its stems in the vocabulary, and their term weights before idf. */
  readonly typeIds: Int32Array;
  readonly weights: Float64Array;
  /** Pairs of its own stems that are similar (i, j index typeIds), which its soft norm needs. */
  readonly pairs: Int32Array;
  readonly pairSimilarities: Float64Array;
  readonly claim: ClaimShape;
}

/** Analyses a text and interns its stems; posting it in the vocabulary is the caller's step. */
export function createTextDocument<Owner>(
  vocabulary: Vocabulary,
  slot: number,
  owner: Owner,
  lang: Lang,
  text: string,
): TextDocument<Owner> {
  const features = extractFeatures(text, lang);
  const n = features.terms.length;
  const typeIds = new Int32Array(n);
  const weights = new Float64Array(n);
  features.terms.forEach((term, i) => {
    typeIds[i] = vocabulary.intern(term.stem, lang);
    weights[i] = term.weight;
  });
  const pairs: number[] = [];
  const pairSimilarities: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = wordSimilarity(vocabulary.shape(typeIds[i]!), vocabulary.shape(typeIds[j]!));
      if (s > 0) {
        pairs.push(i, j);
        pairSimilarities.push(s);
      }
    }
  }
  return {
    slot,
    owner,
    lang,
    text,
    typeIds,
    weights,
    pairs: Int32Array.from(pairs),
    pairSimilarities: Float64Array.from(pairSimilarities),
    claim: { polarity: features.polarity, numbers: features.numbers, scope: features.scope },
  };
}

/**
 * Soft norm √(xᵀSx) of a text's TF-IDF vector x under the current idf, where S holds the
 * similarities between its own stems.
 */
export function softNorm(doc: TextDocument<unknown>, idf: (type: number) => number): number {
  const { typeIds, weights, pairs, pairSimilarities } = doc;
  const x = new Float64Array(typeIds.length);
  let squared = 0;
  for (let i = 0; i < typeIds.length; i++) {
    x[i] = weights[i]! * idf(typeIds[i]!);
    squared += x[i]! * x[i]!;
  }
  for (let p = 0; p < pairSimilarities.length; p++) {
    squared += 2 * x[pairs[2 * p]!]! * x[pairs[2 * p + 1]!]! * pairSimilarities[p]!;
  }
  return Math.sqrt(squared);
}
