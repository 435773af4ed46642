import { expect } from 'vitest';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Resources = { fi: unknown; sv: unknown; en: unknown };

/** Every leaf as `path → text`; arrays are indexed, so lists must have the same length too. */
function leaves(value: Json, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
const LANGS = ['fi', 'sv', 'en'] as const;

function flatten(resources: Resources) {
  return Object.fromEntries(LANGS.map((lang) => [lang, leaves(resources[lang] as Json)])) as Record<(typeof LANGS)[number], Map<string, string>>;
}

/** Every string exists, non-empty, in Finnish, Swedish and English. */
export function expectSameKeys(resources: Resources): void {
  const all = flatten(resources);
  const baseKeys = (lang: (typeof LANGS)[number]) => [...new Set([...all[lang].keys()].map((k) => k.replace(PLURAL, '')))].sort();
  const fiKeys = baseKeys('fi');
  expect(baseKeys('sv')).toEqual(fiKeys);
  expect(baseKeys('en')).toEqual(fiKeys);
  for (const map of Object.values(all)) for (const [key, text] of map) expect(text.trim(), key).not.toBe('');
}

/** Each plural has every form that the language's Intl plural rules use. */
export function expectPluralForms(resources: Resources): void {
  const all = flatten(resources);
  for (const lang of LANGS) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set([...all[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of plurals) for (const c of categories) expect(all[lang].has(`${base}_${c}`), `${lang} ${base}_${c}`).toBe(true);
  }
}

/** A string uses the same variables in every language. */
export function expectSameVariables(resources: Resources): void {
  const all = flatten(resources);
  for (const [key, text] of all.fi) {
    for (const lang of ['sv', 'en'] as const) {
      const other = all[lang].get(key) ?? all[lang].get(key.replace(PLURAL, '_other'));
      if (other !== undefined) expect(variables(other), `${lang} ${key}`).toEqual(variables(text));
    }
  }
}
