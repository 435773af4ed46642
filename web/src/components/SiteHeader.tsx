import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/LangContext';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={paths.home(lang)} className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" />
            <path d="M9 17l5 5 9-11" />
          </svg>
          <span>Sopu</span>
          <span className="visually-hidden">{t('layout.home')}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
