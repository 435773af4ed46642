import { useTranslation } from 'react-i18next';
import { ConversationShell } from '../../components/ConversationShell';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** Holds the place of the results view, which is built in its own issue (and loaded on demand: its charts stay out of the voting bundle). */
export default function ResultsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('results.title'));
  return (
    <ConversationShell slug={slug} tab="results">
      {() => (
        <>
          <PageHeading>{t('results.title')}</PageHeading>
          <p>{t('results.comingSoon')}</p>
        </>
      )}
    </ConversationShell>
  );
}
