import { describe, expect, it } from 'vitest';
import { charNgrams, gradationSkeleton } from './ngrams.js';
import { stem } from './stem.js';
import type { Lang } from './lang.js';
import { SYNONYM_SIMILARITY } from './concepts.js';
import { INFLECTION_SIMILARITY, PREFIX_SIMILARITY, SUFFIX_SIMILARITY, wordShape, wordSimilarity } from './word-similarity.js';

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

describe('inflections that Snowball stems apart', () => {
  it('matches a Finnish or Swedish stem with an ending left on', () => {
    expect(similarity('asukkaat', 'asukas', 'fi')).toBeGreaterThanOrEqual(INFLECTION_SIMILARITY);
    expect(similarity('vanhusten', 'vanhus', 'fi')).toBeGreaterThanOrEqual(INFLECTION_SIMILARITY);
    expect(similarity('skatten', 'kommunalskatten', 'sv')).toBeGreaterThanOrEqual(SUFFIX_SIMILARITY);
  });
});

describe('synonyms from the thesaurus', () => {
  it('links words of one concept in the same language, inflected or as a compound head', () => {
    expect(similarity('kuntalaisten', 'asukkaille', 'fi')).toBeGreaterThan(0.75);
    expect(similarity('avgifterna', 'priser', 'sv')).toBeCloseTo(SYNONYM_SIMILARITY);
    expect(similarity('elderly', 'older', 'en')).toBeCloseTo(SYNONYM_SIMILARITY);
    expect(similarity('lähimetsät', 'metsä', 'fi')).toBeGreaterThanOrEqual(SUFFIX_SIMILARITY);
    expect(similarity('pääsymaksut', 'hinnat', 'fi')).toBeGreaterThan(0.5);
  });

  it('does not link opposites, a compound by its modifier, nor words across languages', () => {
    expect(similarity('halpa', 'kallis', 'fi')).toBe(0);
    expect(similarity('kotihoito', 'koti', 'fi')).toBeLessThan(SYNONYM_SIMILARITY);
    expect(wordSimilarity(wordShape(stem('pris', 'sv'), 'sv'), wordShape(stem('hinta', 'fi'), 'fi'))).toBe(0);
    // English writes compounds apart: "recycling" does not end in the concept "bicycle".
    expect(similarity('recycling', 'bicycle', 'en')).toBeLessThan(0.5);
  });
});
