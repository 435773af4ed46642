import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stemming', () => {
  it('keeps a Swedish adjective apart from the noun its ending would leave', () => {
    expect(stem('billigare', 'sv')).not.toBe(stem('bilar', 'sv'));
    expect(stem('viktigt', 'sv')).not.toBe(stem('vikt', 'sv'));
    expect(stem('tidigare', 'sv')).not.toBe(stem('tid', 'sv'));
  });

  it('still brings the inflected forms of a word together', () => {
    expect(new Set(['billig', 'billiga', 'billigt', 'billigare', 'billigast'].map((w) => stem(w, 'sv')))).toEqual(new Set(['billig']));
    expect(new Set(['möjlig', 'möjligt', 'möjliga'].map((w) => stem(w, 'sv'))).size).toBe(1);
    expect(stem('bilarna', 'sv')).toBe(stem('bil', 'sv'));
    expect(stem('kirjastoissa', 'fi')).toBe(stem('kirjastot', 'fi'));
    expect(stem('libraries', 'en')).toBe(stem('library', 'en'));
  });
});
