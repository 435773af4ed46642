/** The languages Sopu speaks; a conversation uses one or more of them. */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The display time zone: every schedule is shown and reasoned about in Helsinki time. */
export const TIME_ZONE = 'Europe/Helsinki';
