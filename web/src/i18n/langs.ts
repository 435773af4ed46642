import type { Lang } from '../api/types';

export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export const isLang = (value: unknown): value is Lang => value === 'fi' || value === 'sv' || value === 'en';

/** Each language's name in that language, for the switch (never translated). */
export const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** Locales for dates and numbers: Finland's Swedish, and British English's day-month order. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The first of the browser's preferred languages that Sopu speaks; English otherwise. */
export function browserLang(): Lang {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
