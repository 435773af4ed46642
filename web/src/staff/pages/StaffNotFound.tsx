import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { useStaffErrorText } from '../components/useStaffErrorText';

export function StaffNotFound() {
  const { t } = useTranslation('staff');
  const lang = useLang();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page staff-page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={paths.staff(lang)}>{t('bar.myConversations')}</Link>
      </p>
    </div>
  );
}

/** When the session could not even be asked for (server down, network gone). */
export function StaffErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation('staff');
  const errorText = useStaffErrorText();
  useDocumentTitle(t('bar.tools'));
  return (
    <div className="page staff-page">
      <PageHeading>{t('bar.tools')}</PageHeading>
      <p className="message message--error" role="alert">
        {errorText(error)}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('translation:common.tryAgain')}
        </button>
      </div>
    </div>
  );
}
