import { describe, expect, it } from 'vitest';
import { sniffLogoType } from './logo.js';
import { cleanSettings, cleanTexts, validateLanguages } from './validate.js';

const texts = { title: ' Otsikko ', question: 'Miten?', description: 'Kuvaus\\nrivi', rules: ['Sääntö', ' '], contact: 'a@b.fi' };
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return null;
};

describe('conversation validation', () => {
  it('cleans texts and drops empty rules', () => {
    expect(cleanTexts('fi', texts)).toMatchObject({ title: 'Otsikko', rules: ['Sääntö'] });
    expect(code(() => cleanTexts('fi', { ...texts, title: 'x'.repeat(201) }))).toBe('validation_failed');
    expect(code(() => cleanTexts('fi', { ...texts, question: 'a\u0007b' }))).toBe('validation_failed');
  });

  it('takes one or more distinct languages', () => {
    expect(validateLanguages(['fi', 'sv'])).toEqual(['fi', 'sv']);
    for (const bad of [[], ['fi', 'fi'], ['de']]) expect(code(() => validateLanguages(bad))).toBe('invalid_language');
  });

  it('checks the settings that are given', () => {
    expect(cleanSettings({ accentColor: '#A0B1C2' })).toEqual({ accentColor: '#a0b1c2' });
    expect(cleanSettings({ accentColor: null, statementMaxLength: 300 })).toEqual({ accentColor: null, statementMaxLength: 300 });
    expect(code(() => cleanSettings({ accentColor: 'red' }))).toBe('validation_failed');
    expect(code(() => cleanSettings({ statementMaxLength: 5 }))).toBe('validation_failed');
    expect(code(() => cleanSettings({ segmentQuestion: { question: { fi: 'Kuka?' }, options: [] } }))).toBe('validation_failed');
    const twice = { question: { fi: 'Kuka?' }, options: [{ id: 'a', label: { fi: 'A' } }, { id: 'a', label: { fi: 'B' } }] };
    expect(code(() => cleanSettings({ segmentQuestion: twice }))).toBe('validation_failed');
  });

  it('knows PNG, JPEG and WebP by their bytes, and nothing else', () => {
    expect(sniffLogoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffLogoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffLogoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
  });
});
