import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenise } from './tokenise.js';

const words = (text: string) => tokenise(text).filter((t) => t.kind !== 'break').map((t) => t.text);

describe('tokenise', () => {
  it('splits words, numbers and clause breaks', () => {
    expect(tokenise('Lisää pyöriä, ei autoja.')).toEqual([
      { kind: 'word', text: 'lisää' },
      { kind: 'word', text: 'pyöriä' },
      { kind: 'break', text: ',' },
      { kind: 'word', text: 'ei' },
      { kind: 'word', text: 'autoja' },
      { kind: 'break', text: ',' },
    ]);
  });

  it('keeps numbers whole and words with digits as words', () => {
    expect(tokenise('30 km/h, 1,5 M€ ja CO2')).toEqual([
      { kind: 'number', text: '30' },
      { kind: 'word', text: 'km' },
      { kind: 'break', text: ',' },
      { kind: 'number', text: '1.5' },
      { kind: 'word', text: 'ja' },
      { kind: 'word', text: 'co2' },
    ]);
  });

  it('splits hyphenated compounds, drops possessive s and one-letter words', () => {
    expect(words('Park-and-ride at the city’s stations')).toEqual(['park', 'and', 'ride', 'at', 'the', 'city', 'stations']);
    expect(words('vuokra-asuntoja ja pyörä- ja kävelyteitä')).toEqual(['vuokra', 'asuntoja', 'ja', 'pyörä', 'ja', 'kävelyteitä']);
    expect(words('Bygg i Å och a b')).toEqual(['bygg', 'och']);
  });

  it('never starts with or repeats a clause break', () => {
    expect(tokenise('!! Yes... no')).toEqual([
      { kind: 'word', text: 'yes' },
      { kind: 'break', text: ',' },
      { kind: 'word', text: 'no' },
    ]);
  });
});

describe('stem', () => {
  it('brings inflected Finnish forms together', () => {
    expect(stem('kirjastojen', 'fi')).toBe(stem('kirjastoja', 'fi'));
    expect(stem('kaupunkia', 'fi')).toBe(stem('kaupunki', 'fi'));
    expect(stem('asukkaiden', 'fi')).toBe(stem('asukkaat', 'fi'));
  });

  it('brings inflected Swedish forms together', () => {
    expect(stem('cykelvägarna', 'sv')).toBe(stem('cykelvägar', 'sv'));
    expect(stem('stadens', 'sv')).toBe(stem('staden', 'sv'));
    expect(stem('minskas', 'sv')).toBe(stem('minska', 'sv'));
  });

  it('brings inflected English forms together', () => {
    expect(stem('increased', 'en')).toBe(stem('increasing', 'en'));
    expect(stem('libraries', 'en')).toBe(stem('library', 'en'));
  });
});

describe('stop words', () => {
  it('cover function words and modal frames, not topic words', () => {
    expect(isStopword('pitää', 'fi')).toBe(true);
    expect(isStopword('borde', 'sv')).toBe(true);
    expect(isStopword('should', 'en')).toBe(true);
    expect(isStopword('pyöräteitä', 'fi')).toBe(false);
    expect(isStopword('cykelvägar', 'sv')).toBe(false);
    expect(isStopword('library', 'en')).toBe(false);
  });
});
