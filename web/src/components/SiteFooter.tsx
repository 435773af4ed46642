import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/LangContext';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <ul className="site-footer__links">
          <li>
            <Link href={paths.accessibility(lang)}>{t('layout.accessibility')}</Link>
          </li>
          <li>
            <Link href={paths.privacy(lang)}>{t('layout.privacy')}</Link>
          </li>
        </ul>
        <p>{t('layout.about')}</p>
      </div>
    </footer>
  );
}
