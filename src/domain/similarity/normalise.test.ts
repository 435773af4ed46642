import { describe, expect, it } from 'vitest';
import { exactDuplicateKey, normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it('composes to NFC and lowers case', () => {
    const decomposed = 'Kaupungin pitää lisätä pyöräteitä'.normalize('NFD');
    expect(decomposed).not.toBe('Kaupungin pitää lisätä pyöräteitä');
    expect(normaliseText(decomposed)).toBe('kaupungin pitää lisätä pyöräteitä');
    expect(normaliseText('ÖKA ANSLAGET')).toBe('öka anslaget');
  });

  it('unifies apostrophes, dashes and spaces', () => {
    expect(normaliseText('City’s  budget\u00a0— now')).toBe("city's budget - now");
    expect(normaliseText('  a\tb\n c ')).toBe('a b c');
  });

  it('joins digit groups and reads decimal commas as points', () => {
    expect(normaliseText('10 000 euroa')).toBe('10000 euroa');
    expect(normaliseText('1\u00a0500 000 kronor')).toBe('1500000 kronor');
    expect(normaliseText('1,5 miljoonaa')).toBe('1.5 miljoonaa');
    expect(normaliseText('vuonna 2030 100 uutta')).toBe('vuonna 2030 100 uutta');
  });

  it('spells out English contractions so that negation is a word', () => {
    expect(normaliseText("Don't close it")).toBe('do not close it');
    expect(normaliseText('We can’t and won’t wait')).toBe('we can not and will not wait');
    expect(normaliseText('It cannot be')).toBe('it can not be');
    expect(normaliseText("shouldn't")).toBe('should not');
  });
});

describe('exactDuplicateKey', () => {
  it('is equal for texts that differ in case, spacing and punctuation only', () => {
    expect(exactDuplicateKey('Lisää pyöräteitä keskustaan!')).toBe(exactDuplicateKey('  lisää   pyöräteitä, keskustaan '));
    expect(exactDuplicateKey('Fler gågator i centrum.')).toBe(exactDuplicateKey('FLER GÅGATOR I CENTRUM'));
  });

  it('differs when a word differs', () => {
    expect(exactDuplicateKey('Lisää pyöräteitä keskustaan')).not.toBe(exactDuplicateKey('Lisää pyöräteitä lähiöihin'));
    expect(exactDuplicateKey('Close the library')).not.toBe(exactDuplicateKey("Don't close the library"));
  });
});
