import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../api/types';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';
import { LANGS } from './langs';

const base = i18next.createInstance();

// All three languages are bundled: switching is instant and needs no request.
void base.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: 'fi',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  initAsync: false,
  // React escapes text itself; participant text is never put in translations as markup.
  interpolation: { escapeValue: false },
});

/**
 * One instance per language, sharing the resources: the page renders in the URL's language from
 * its first render, with no global language to switch.
 */
export const i18nFor: Record<Lang, I18n> = {
  fi: base.cloneInstance({ lng: 'fi' }),
  sv: base.cloneInstance({ lng: 'sv' }),
  en: base.cloneInstance({ lng: 'en' }),
};
