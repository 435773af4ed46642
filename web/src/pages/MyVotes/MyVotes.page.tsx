import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { ConversationShell } from '../../components/ConversationShell';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { DeleteMyData } from './components/DeleteMyData';
import { MyVoteList } from './components/MyVoteList';
import { SegmentSection } from './components/SegmentSection';
import { useMyVotes } from './components/useMyVotes';

function MyVotesContent({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const slug = conversation.id;
  const { state, setRows } = useMyVotes(slug);
  useDocumentTitle(t('myVotes.title'));
  const canChange = conversation.phase === 'open' || conversation.phase === 'voting_only';
  const rows = state.status === 'ready' ? state.value : [];
  return (
    <>
      <PageHeading>{t('myVotes.title')}</PageHeading>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' &&
        (rows.length === 0 ? (
          <p>
            {t('myVotes.none')} <Link href={paths.conversation(lang, slug)}>{t('myVotes.startVoting')}</Link>
          </p>
        ) : (
          <>
            <p>{canChange ? t('myVotes.intro', { count: rows.length }) : t('myVotes.introClosed', { count: rows.length })}</p>
            <MyVoteList
              slug={slug}
              rows={rows}
              canChange={canChange}
              onChanged={(id, value) => setRows((all) => all.map((r) => (r.statement.id === id ? { ...r, value } : r)))}
            />
          </>
        ))}
      {state.status === 'ready' && <SegmentSection conversation={conversation} hasTakenPart={rows.length > 0} />}
      <DeleteMyData slug={slug} onDeleted={() => setRows(() => [])} />
    </>
  );
}

export function MyVotesPage({ slug }: { slug: string }) {
  return <ConversationShell slug={slug} tab="myVotes">{(conversation) => <MyVotesContent conversation={conversation} />}</ConversationShell>;
}
