import { describe, expect, it } from 'vitest';
import { helsinkiDemo, type DemoLang } from './helsinki-content.js';

const langs: DemoLang[] = ['fi', 'sv', 'en'];

// Case, spacing and punctuation do not make two statements different.
const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('helsinkiDemo', () => {
  it('has the slug and the question of the Helsinki conversation', () => {
    expect(helsinkiDemo.slug).toBe('helsinki-osallisuus-2026');
    expect(helsinkiDemo.texts.fi.question).toBe(
      'Millaisia osallistamisen keinoja Helsingissä tulisi olla tulevaisuudessa?',
    );
  });

  it.each(langs)('has every conversation text in %s', (lang) => {
    const texts = helsinkiDemo.texts[lang];
    for (const text of [texts.title, texts.question, texts.description, texts.contact]) {
      expect(text.trim()).not.toBe('');
    }
    expect(texts.rules).toHaveLength(3);
    for (const rule of texts.rules) expect(rule.trim()).not.toBe('');
  });

  it('has the segment question and every option in all languages, with unique ids', () => {
    const { question, options } = helsinkiDemo.segmentQuestion;
    expect(options).toHaveLength(5);
    expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
    for (const lang of langs) {
      expect(question[lang].trim()).not.toBe('');
      for (const option of options) expect(option.label[lang].trim()).not.toBe('');
    }
  });

  it('has 20–30 seed statements', () => {
    expect(helsinkiDemo.statements.length).toBeGreaterThanOrEqual(20);
    expect(helsinkiDemo.statements.length).toBeLessThanOrEqual(30);
    for (const statement of helsinkiDemo.statements) expect(statement.seed).toBe(true);
  });

  it.each(langs)('has every statement in %s, non-empty and under 200 characters', (lang) => {
    for (const statement of helsinkiDemo.statements) {
      const text = statement.texts[lang];
      expect(text.trim(), JSON.stringify(statement.texts)).not.toBe('');
      expect(text.length, text).toBeLessThan(200);
    }
  });

  it.each(langs)('has no two statements that are the same after normalising, in %s', (lang) => {
    const seen = new Map<string, string>();
    for (const statement of helsinkiDemo.statements) {
      const key = normalise(statement.texts[lang]);
      expect(seen.get(key), statement.texts[lang]).toBeUndefined();
      seen.set(key, statement.texts[lang]);
    }
  });

  it('keeps texts free of stray whitespace', () => {
    const all = [
      ...langs.flatMap((lang) => {
        const t = helsinkiDemo.texts[lang];
        return [t.title, t.question, t.contact, ...t.rules, ...t.description.split('\n\n')];
      }),
      ...helsinkiDemo.statements.flatMap((s) => langs.map((lang) => s.texts[lang])),
    ];
    for (const text of all) {
      expect(text, text).toBe(text.trim());
      expect(text, text).not.toMatch(/\s{2,}/);
    }
  });
});
