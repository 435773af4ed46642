import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../api/types';
import { useLang } from '../i18n/LangContext';
import { applyAccentColor } from '../lib/accent-color';
import { conversationTexts } from '../lib/localized';
import { useConversation } from '../lib/useConversation';
import { ConversationNav, type ConversationTab } from './ConversationNav';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';

interface Props {
  slug: string;
  tab: ConversationTab;
  children: (conversation: Conversation) => ReactNode;
}

/** Loads a conversation, wears its accent colour, and frames its pages with their navigation. */
export function ConversationShell({ slug, tab, children }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const state = useConversation(slug);
  const accent = state.status === 'ready' ? state.value.settings.accentColor : null;
  useEffect(() => applyAccentColor(accent), [accent]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <div className="page">
        <PageHeading>{t('conversation.notFoundTitle')}</PageHeading>
        <ErrorMessage error={state.error} />
      </div>
    );
  }
  const conversation = state.value;
  const { lang: textLang, texts } = conversationTexts(conversation, lang);
  return (
    <div className="page conversation">
      <div className="conversation__bar">
        <div className="conversation__brand">
          {/* The organizer's logo sits beside the title it belongs to, so it needs no text of its own. */}
          {conversation.logoUrl && <img className="conversation__logo" src={conversation.logoUrl} alt="" />}
          <p className="conversation__title" lang={textLang}>
            {texts.title}
          </p>
        </div>
        <ConversationNav conversation={conversation} current={tab} />
      </div>
      {children(conversation)}
    </div>
  );
}
