import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { ConversationShell } from '../../components/ConversationShell';
import { PageHeading } from '../../components/PageHeading';
import { PhaseNotice } from '../../components/PhaseNotice';
import { Rules } from '../../components/Rules';
import { useLang } from '../../i18n/LangContext';
import { conversationTexts } from '../../lib/localized';
import { resultsVisible } from '../../lib/results';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { Intro } from './components/Intro';
import { Voting } from './components/Voting';

function ConversationContent({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { lang: textLang, texts } = conversationTexts(conversation, lang);
  useDocumentTitle(texts.title);
  const votingOpen = conversation.phase === 'open' || conversation.phase === 'voting_only';
  return (
    <>
      <PageHeading className="conversation__question">
        <span lang={textLang}>{texts.question}</span>
      </PageHeading>
      <Intro description={texts.description} contact={texts.contact} lang={textLang} />
      <Rules rules={texts.rules} lang={textLang} />
      <PhaseNotice conversation={conversation} />
      {votingOpen ? (
        <Voting conversation={conversation} />
      ) : conversation.phase === 'closed' && resultsVisible(conversation) ? (
        <p>
          <Link href={paths.results(lang, conversation.id)} className="button">
            {t('end.results')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export function ConversationPage({ slug }: { slug: string }) {
  return <ConversationShell slug={slug} tab="vote">{(conversation) => <ConversationContent conversation={conversation} />}</ConversationShell>;
}
