import { describe, expect, it } from 'vitest';
import { parseSeedPaste } from './seed-paste';

describe('seed statements pasted in bulk', () => {
  it('makes one statement of each line of the main language, with the same lines of the others as translations', () => {
    const parsed = parseSeedPaste(
      'fi',
      { fi: 'Kirjastoja lisää.\r\nPyöräteitä parempia.\n', sv: 'Fler bibliotek.\n', en: 'More libraries.\nBetter cycle paths.' },
      200,
    );
    expect(parsed).toEqual({
      statements: [
        { lang: 'fi', text: 'Kirjastoja lisää.', translations: { sv: 'Fler bibliotek.', en: 'More libraries.' } },
        { lang: 'fi', text: 'Pyöräteitä parempia.', translations: { en: 'Better cycle paths.' } },
      ],
      problems: [],
    });
  });

  it('skips blank lines, trims spaces and leaves out empty translations', () => {
    expect(parseSeedPaste('sv', { sv: '  Ett.  \n\n Två.', fi: '\n\n' }, 200).statements).toEqual([
      { lang: 'sv', text: 'Ett.' },
      { lang: 'sv', text: 'Två.' },
    ]);
  });

  it('points at a translation on a line with no statement and at texts over the limit', () => {
    const parsed = parseSeedPaste('en', { en: 'Short.\n\n', fi: 'Lyhyt.\nOrpo käännös.\n', sv: 'Mycket längre text.' }, 10);
    expect(parsed.problems).toEqual([
      { kind: 'too_long', lang: 'sv', line: 1, length: 19 },
      { kind: 'translation_without_statement', lang: 'fi', line: 2 },
    ]);
  });

  it('counts code points, as the server does', () => {
    expect(parseSeedPaste('fi', { fi: '😀😀😀' }, 3).problems).toEqual([]);
  });
});
