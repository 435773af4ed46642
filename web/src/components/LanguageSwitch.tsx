import { useTranslation } from 'react-i18next';
import { LANG_NAMES, LANGS } from '../i18n/langs';
import { useLang } from '../i18n/LangContext';
import { Link } from '../router/Link';
import { usePathnameWithSearch } from '../router/location';
import { pathInLang } from '../router/routes';

/** Links to this same page in each language, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  const here = usePathnameWithSearch();
  return (
    <nav className="language-switch" aria-label={t('layout.languages')}>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang}>
            <Link href={pathInLang(here, lang)} lang={lang} hrefLang={lang} aria-current={lang === current ? 'true' : undefined}>
              {LANG_NAMES[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
