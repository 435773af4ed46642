import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { ConversationShell } from '../../components/ConversationShell';
import { PageHeading } from '../../components/PageHeading';
import { PhaseNotice } from '../../components/PhaseNotice';
import { Rules } from '../../components/Rules';
import { useLang } from '../../i18n/LangContext';
import { conversationTexts } from '../../lib/localized';
import { canWrite } from '../../lib/results';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { WriteForm } from './components/WriteForm';
import { WritingClosed } from './components/WritingClosed';

function WriteContent({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { lang: textLang, texts } = conversationTexts(conversation, lang);
  useDocumentTitle(t('write.title'));
  return (
    <>
      <PageHeading>{t('write.title')}</PageHeading>
      <p className="write__question">
        {t('write.answersQuestion')} <strong lang={textLang}>{texts.question}</strong>
      </p>
      <PhaseNotice conversation={conversation} />
      <Rules rules={texts.rules} lang={textLang} />
      {canWrite(conversation) ? <WriteForm conversation={conversation} /> : <WritingClosed conversation={conversation} />}
    </>
  );
}

export function WritePage({ slug }: { slug: string }) {
  return <ConversationShell slug={slug} tab="write">{(conversation) => <WriteContent conversation={conversation} />}</ConversationShell>;
}
