import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../api/types';
import { usePhaseLines } from '../../../components/PhaseNotice';
import { useLang } from '../../../i18n/LangContext';
import { conversationTexts } from '../../../lib/localized';
import { Link } from '../../../router/Link';
import { paths } from '../../../router/routes';

export function ConversationCard({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { lang: textLang, texts } = conversationTexts(conversation, lang);
  const phase = usePhaseLines(conversation);
  return (
    <li className="card conversation-card">
      <h2 lang={textLang}>
        <Link href={paths.conversation(lang, conversation.id)}>{texts.title}</Link>
      </h2>
      <p lang={textLang}>{texts.question}</p>
      <p className="conversation-card__phase">
        <span className="visually-hidden">{t('home.status')} </span>
        {phase.join(' ')}
      </p>
    </li>
  );
}
