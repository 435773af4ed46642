import type { Lang } from '../api/types';
import { i18nFor } from '.';

export type Bundle = Record<Lang, Record<string, unknown>>;

/**
 * Adds a namespace of strings for pages loaded on demand (staff tools, results and report), so
 * their text stays out of the participant's first download. Safe to call more than once.
 */
export function addBundle(namespace: string, bundle: Bundle): void {
  for (const lang of Object.keys(bundle) as Lang[]) {
    const i18n = i18nFor[lang];
    if (!i18n.hasResourceBundle(lang, namespace)) i18n.addResourceBundle(lang, namespace, bundle[lang], true, false);
  }
}
