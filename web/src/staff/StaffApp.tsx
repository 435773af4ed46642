import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';

/** The organizer and moderator tools, under /{lang}/staff/…; `rest` is the path after it. */
export default function StaffApp({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  return <PageHeading>{`${t('results.title')} ${rest.join('/')}`}</PageHeading>;
}
