import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={paths.home(lang)}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
