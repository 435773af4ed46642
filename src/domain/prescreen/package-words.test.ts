import { describe, expect, it } from 'vitest';
import { PACKAGE_OFFENSIVE_WORDS } from './data/package-offensive-words.js';
import en from 'naughty-words/en.json' with { type: 'json' };
import fi from 'naughty-words/fi.json' with { type: 'json' };
import sv from 'naughty-words/sv.json' with { type: 'json' };
import { checkOffensiveWords } from './offensive-language.js';
import { offensiveKind } from './offensive-words.js';

const naughtyWords = { fi, sv, en };

describe('offensive words from the maintained list', () => {
  it('catches words that only the maintained list holds, in their own language and inflected forms', () => {
    const cases = [['mulkero', 'mulkero', 'fi'], ['mulkerot', 'mulkero', 'fi'], ['knulla', 'knulla', 'sv'], ['rövhål', 'rövhål', 'sv'], ['tosser', 'tosser', 'en'], ['tossers', 'tosser', 'en']] as const;
    for (const [word, entry, lang] of cases) {
      expect(PACKAGE_OFFENSIVE_WORDS[lang]).toContain(entry);
      expect(offensiveKind(word, lang), word).toBe('profanity');
    }
    // Only in their own language: a Swedish entry in an English statement is not looked up.
    expect(offensiveKind('knulla', 'en')).toBeNull();
  });

  it('leaves out entries that are everyday words or subjects a resident may rightly raise', () => {
    for (const [word, lang] of [['muna', 'fi'], ['tavara', 'fi'], ['reikä', 'fi'], ['sås', 'sv'], ['olla', 'sv'], ['sex', 'en'], ['rape', 'en'], ['butt', 'en']] as const) {
      expect(offensiveKind(word, lang), word).toBeNull();
    }
  });

  it('matches Finnish entries as whole words, never inside a compound such as a street name', () => {
    expect(PACKAGE_OFFENSIVE_WORDS.fi).toContain('kusta');
    expect(offensiveKind('kustaankatu', 'fi')).toBeNull();
  });

  it('does not read innocent look-alikes of listed entries as offensive', () => {
    // kulli / kullan "of gold", runkku / runkolinja "trunk line", tussu / tussin "of a marker pen",
    // pillu / pillit "straws", kusta / Kustin; röv / röva "rob"; ass / assets, spic / spices.
    for (const [word, entry, lang] of [
      ['kullan', 'kulli', 'fi'], ['kullattu', 'kulli', 'fi'], ['runkolinja', 'runkku', 'fi'], ['runko', 'runkku', 'fi'],
      ['tussin', 'tussu', 'fi'], ['pillit', 'pillu', 'fi'], ['kustin', 'kusta', 'fi'], ['nekrologi', 'nekru', 'fi'],
      ['röva', 'röv', 'sv'], ['assets', 'ass', 'en'], ['spices', 'spic', 'en'], ['fingering', 'fingering', 'en'],
    ] as const) {
      expect(naughtyWords[lang]).toContain(entry);
      expect(offensiveKind(word, lang), word).toBeNull();
    }
  });

  it('catches package-only words inflected, and tells its group slurs from crude words', () => {
    expect(offensiveKind('kullit', 'fi')).toBe('profanity');
    expect(offensiveKind('lutkia', 'fi')).toBe('profanity'); // plural stem lutk-i-, which lutka* misses
    expect(offensiveKind('nekruja', 'fi')).toBe('group_slur');
    expect(offensiveKind('röven', 'sv')).toBe('profanity');
    expect(offensiveKind('spics', 'en')).toBe('group_slur');
    expect(checkOffensiveWords('Kaupunginvaltuusto on yhtä mulkeroa.', 'fi').map((f) => f.kind)).toEqual(['profanity']);
    expect(checkOffensiveWords('Politikerna kan knulla sig själva.', 'sv').map((f) => f.kind)).toEqual(['profanity']);
    expect(checkOffensiveWords('The councillors are a bunch of tossers.', 'en').map((f) => f.kind)).toEqual(['profanity']);
  });
});
