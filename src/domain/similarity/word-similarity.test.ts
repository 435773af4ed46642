import { describe, expect, it } from 'vitest';
import { charNgrams, gradationSkeleton } from './ngrams.js';
import { stem } from './stem.js';
import type { Lang } from './lang.js';
import { PREFIX_SIMILARITY, SUFFIX_SIMILARITY, wordShape, wordSimilarity } from './word-similarity.js';

const similarity = (a: string, b: string, lang: Lang) => wordSimilarity(wordShape(stem(a, lang), lang), wordShape(stem(b, lang), lang));

describe('charNgrams', () => {
  it('slides a window over the word', () => {
    expect(charNgrams('budjet', 4)).toEqual(['budj', 'udje', 'djet']);
    expect(charNgrams('park', 4)).toEqual(['park']);
  });

  it('keeps a short word whole and an empty one empty', () => {
    expect(charNgrams('bus', 4)).toEqual(['bus']);
    expect(charNgrams('', 4)).toEqual([]);
  });
});

describe('gradationSkeleton', () => {
  it('gives both grades of a Finnish stem one form', () => {
    expect(gradationSkeleton('ranta')).toBe(gradationSkeleton('ranna'));
    expect(gradationSkeleton('kaupunki')).toBe(gradationSkeleton('kaupungi'));
    expect(gradationSkeleton('luokka')).toBe(gradationSkeleton('luoka'));
    expect(gradationSkeleton('kulta')).toBe(gradationSkeleton('kulla'));
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same stem', () => {
    expect(similarity('pyöräteitä', 'pyöräteiden', 'fi')).toBe(1);
  });

  it('matches Finnish inflections whose stems differ', () => {
    expect(similarity('kaupungin', 'kaupunki', 'fi')).toBe(1);
    expect(similarity('budjetoinnin', 'budjetointia', 'fi')).toBeGreaterThan(0.8);
  });

  it('matches a compound with its head and, less, its modifier', () => {
    expect(similarity('skolkuratorer', 'kuratorer', 'sv')).toBe(SUFFIX_SIMILARITY);
    expect(similarity('osallistuvabudjetointi', 'budjetointi', 'fi')).toBe(SUFFIX_SIMILARITY);
    expect(similarity('osallistuvabudjetointi', 'osallistuva', 'fi')).toBe(PREFIX_SIMILARITY);
  });

  it('is 0 for unrelated words and for different numbers', () => {
    expect(similarity('kirjasto', 'uimahalli', 'fi')).toBe(0);
    expect(similarity('library', 'parking', 'en')).toBe(0);
    expect(wordSimilarity(wordShape('#30', 'fi'), wordShape('#40', 'fi'))).toBe(0);
    expect(wordSimilarity(wordShape('#30', 'fi'), wordShape('#30', 'sv'))).toBe(1);
  });
});
