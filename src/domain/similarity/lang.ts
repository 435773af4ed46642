/** Languages the similarity pipeline knows: a conversation's statements and translations are in these. */
export const SIMILARITY_LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof SIMILARITY_LANGS)[number];

export function isLang(value: string): value is Lang {
  return (SIMILARITY_LANGS as readonly string[]).includes(value);
}
