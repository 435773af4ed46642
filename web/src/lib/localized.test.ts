import { describe, expect, it } from 'vitest';
import { statementIn } from './localized';

const statement = { text: 'Kaupungin pitää kuulla asukkaita.', lang: 'fi' as const, translations: { sv: 'Staden ska höra invånarna.' } };

describe('a statement in the reader’s language', () => {
  it('shows the translation, with the original at hand', () => {
    expect(statementIn(statement, 'sv')).toEqual({
      text: 'Staden ska höra invånarna.',
      lang: 'sv',
      original: { text: 'Kaupungin pitää kuulla asukkaita.', lang: 'fi' },
    });
  });

  it('shows the original in its own language when there is no translation', () => {
    expect(statementIn(statement, 'en')).toEqual({ text: 'Kaupungin pitää kuulla asukkaita.', lang: 'fi', original: null });
    expect(statementIn(statement, 'fi')).toEqual({ text: 'Kaupungin pitää kuulla asukkaita.', lang: 'fi', original: null });
  });
});
