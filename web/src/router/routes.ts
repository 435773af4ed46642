import type { Lang } from '../api/types';
import { isLang } from '../i18n/langs';

export type Route =
  | { name: 'root' }
  | { name: 'home'; lang: Lang }
  | { name: 'conversation'; lang: Lang; slug: string }
  | { name: 'write'; lang: Lang; slug: string }
  | { name: 'myVotes'; lang: Lang; slug: string }
  | { name: 'results'; lang: Lang; slug: string }
  | { name: 'report'; lang: Lang; slug: string }
  | { name: 'staff'; lang: Lang; rest: string[] }
  | { name: 'accessibility'; lang: Lang }
  | { name: 'privacy'; lang: Lang }
  | { name: 'notFound'; lang: Lang | null };

const CONVERSATION_PAGES = { '': 'conversation', write: 'write', 'my-votes': 'myVotes', results: 'results', report: 'report' } as const;

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'root' };
  const [lang, section, slug, sub = '', ...rest] = parts;
  if (!isLang(lang)) return { name: 'notFound', lang: null };
  if (section === undefined) return { name: 'home', lang };
  // The staff tools read the rest of the path themselves.
  if (section === 'staff') return { name: 'staff', lang, rest: [slug, sub, ...rest].filter((p): p is string => p !== undefined && p !== '') };
  if (section === 'accessibility' && slug === undefined) return { name: 'accessibility', lang };
  if (section === 'privacy' && slug === undefined) return { name: 'privacy', lang };
  if (section === 'c' && slug && rest.length === 0 && sub in CONVERSATION_PAGES) {
    return { name: CONVERSATION_PAGES[sub as keyof typeof CONVERSATION_PAGES], lang, slug };
  }
  return { name: 'notFound', lang };
}

const c = (lang: Lang, slug: string) => `/${lang}/c/${encodeURIComponent(slug)}`;

export const paths = {
  home: (lang: Lang) => `/${lang}`,
  conversation: c,
  write: (lang: Lang, slug: string) => `${c(lang, slug)}/write`,
  myVotes: (lang: Lang, slug: string) => `${c(lang, slug)}/my-votes`,
  results: (lang: Lang, slug: string) => `${c(lang, slug)}/results`,
  report: (lang: Lang, slug: string) => `${c(lang, slug)}/report`,
  staff: (lang: Lang, ...rest: string[]) => [`/${lang}/staff`, ...rest.map(encodeURIComponent)].join('/'),
  accessibility: (lang: Lang) => `/${lang}/accessibility`,
  privacy: (lang: Lang) => `/${lang}/privacy`,
};

/** The same page in another language: the path with its language swapped. */
export function pathInLang(pathname: string, lang: Lang): string {
  const parts = pathname.split('/');
  if (isLang(parts[1])) parts[1] = lang;
  else return paths.home(lang);
  return parts.join('/');
}
