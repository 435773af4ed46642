import { describe, expect, it } from 'vitest';
import { Lexicon, parseList } from './lexicon.js';

describe('lexicon', () => {
  const places = Lexicon.fromList('Helsinki, Kallio, Töölö, Espoo, Vantaa, Turku, Turun, Hietalahti, Sörnäinen, Kokoomus, Vihreät', {
    compounds: true,
  });

  it('matches Finnish inflections, with consonant gradation and -nen stems', () => {
    for (const word of ['helsingissä', 'helsingin', 'kallioon', 'kalliossa', 'töölössä', 'espoon', 'vantaan', 'turussa', 'hietalahden', 'sörnäisissä', 'kokoomuksen', 'vihreiden']) {
      expect(places.has(word), word).toBe(true);
    }
  });

  it('matches compounds that begin with an entry', () => {
    expect(places.has('kallionkatu')).toBe(true);
    expect(places.has('helsinkiläinen')).toBe(true);
  });

  it('does not match words that only begin alike', () => {
    for (const word of ['kalle', 'helmi', 'tölkki', 'vanha', 'turvallisuus', 'espanja']) expect(places.has(word), word).toBe(false);
  });

  it('without gradation tells pelle from peli', () => {
    const insults = new Lexicon(['pelle'], { gradation: false });
    expect(insults.has('pellejä')).toBe(true);
    expect(insults.has('pelleille')).toBe(true);
    expect(insults.has('peli')).toBe(false);
    expect(insults.has('peleissä')).toBe(false);
  });

  it('inflects Swedish and English entries by suffix only', () => {
    const offices = Lexicon.fromList('borgmästare, planner, councillor', { inflection: 'suffix' });
    expect(offices.has('borgmästaren')).toBe(true);
    expect(offices.has('councillors')).toBe(true);
    expect(offices.has('planerat')).toBe(false);
  });

  it('finds entries of several words, the last one inflected', () => {
    const known = Lexicon.fromList('Helsingin Sanomat, Amos Rex, Tuntematon sotilas');
    expect(known.phraseAt(['lue', 'helsingin', 'sanomista'], 1)).toBe(2);
    expect(known.phraseAt(['amos', 'rex'], 0)).toBe(2);
    expect(known.phraseAt(['amos', 'smith'], 0)).toBe(0);
  });

  it('parses lists with commas, lines and comments', () => {
    expect(parseList('a, b\n# comment\nc d, e # f\n')).toEqual(['a', 'b', 'c d', 'e']);
  });
});
