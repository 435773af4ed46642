import { describe, expect, it } from 'vitest';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

const resources = { fi, sv, en } as const;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every leaf as `path → text`; arrays are indexed, so lists must have the same length too. */
function leaves(value: Json, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const all = Object.fromEntries(Object.entries(resources).map(([lang, json]) => [lang, leaves(json as unknown as Json)])) as Record<
    keyof typeof resources,
    Map<string, string>
  >;
  const baseKeys = (lang: keyof typeof resources) => new Set([...all[lang].keys()].map((k) => k.replace(PLURAL, '')));

  it('has every string in Finnish, Swedish and English', () => {
    const fiKeys = [...baseKeys('fi')].sort();
    expect([...baseKeys('sv')].sort()).toEqual(fiKeys);
    expect([...baseKeys('en')].sort()).toEqual(fiKeys);
    for (const map of Object.values(all)) for (const [key, text] of map) expect(text.trim(), key).not.toBe('');
  });

  it('gives each plural every form that the language’s Intl plural rules use', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = new Set([...all[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of plurals) for (const c of categories) expect(all[lang].has(`${base}_${c}`), `${lang} ${base}_${c}`).toBe(true);
    }
  });

  it('uses the same variables in every language', () => {
    for (const [key, text] of all.fi) {
      for (const lang of ['sv', 'en'] as const) {
        const other = all[lang].get(key) ?? all[lang].get(key.replace(PLURAL, '_other'));
        if (other !== undefined) expect(variables(other), `${lang} ${key}`).toEqual(variables(text));
      }
    }
  });
});
