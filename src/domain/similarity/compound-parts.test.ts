import { describe, expect, it } from 'vitest';
import { compoundParts } from './compound-parts.js';

describe('compoundParts', () => {
  it('splits a Finnish compound that starts with a known word, with its head when that is known too', () => {
    expect(compoundParts('koululuokissa', 'fi')).toEqual(['koulu', 'luok']);
    expect(compoundParts('luokkakoot', 'fi')).toEqual(['luok']);
    expect(compoundParts('kaupunginvaltuuston', 'fi')).toContain('valtuusto');
  });

  it('splits Swedish compounds across a linking s or a dropped vowel', () => {
    expect(compoundParts('daghemsplatser', 'sv')).toEqual(['daghem', 'plat']);
    expect(compoundParts('skolmaten', 'sv')).toEqual(['skol']);
  });

  it('does not take an inflected word for a compound, nor split English', () => {
    expect(compoundParts('skolorna', 'sv')).toEqual([]);
    expect(compoundParts('kirjastojen', 'fi')).toEqual([]);
    expect(compoundParts('schoolchildren', 'en')).toEqual([]);
  });

  it('leaves whole the words that only start like a known word', () => {
    expect(compoundParts('ulkopuolelle', 'fi')).toEqual([]);
    expect(compoundParts('kotimaisia', 'fi')).toEqual([]);
    expect(compoundParts('parkeringsplats', 'sv')).toEqual([]);
    expect(compoundParts('ulkoliikuntapaikkoja', 'fi').length).toBeGreaterThan(0);
  });
});
