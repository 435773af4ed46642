import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

/** The public report of a conversation. */
export default function ReportPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return <PageHeading>{`${t('results.title')}: ${slug}`}</PageHeading>;
}
