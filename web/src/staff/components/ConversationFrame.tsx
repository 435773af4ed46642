import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { conversationTexts } from '../../lib/localized';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import type { StaffConversationItem } from '../api';
import type { StaffSession } from '../http';
import { TAB_PATH, type ConversationTab } from '../lib/staff-routes';
import { useStaff } from '../StaffContext';
import { useStaffErrorText } from './useStaffErrorText';

/**
 * Tabs whose page heading the frame writes. The overview, queue and decided pages write their own
 * (with their introductions), so that a page has one h1 and one heading taking focus.
 */
const FRAME_HEADING = new Set<ConversationTab>(['settings', 'audit']);

/** Tabs that only a conversation's organizers see. */
const ORGANIZER_TABS = new Set<ConversationTab>(['settings']);

interface Props {
  slug: string;
  tab: ConversationTab;
  children: (item: StaffConversationItem, session: StaffSession) => ReactNode;
}

/** One conversation's staff pages: its title, its tabs, and the page's heading. */
export function ConversationFrame({ slug, tab, children }: Props) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const { session, conversations, reloadConversations } = useStaff();
  const errorText = useStaffErrorText();
  const item = conversations.status === 'ready' ? conversations.value.find((c) => c.conversation.id === slug) : undefined;
  const title = item ? conversationTexts(item.conversation, lang).texts.title || slug : slug;
  const allowed = item && (item.role === 'organizer' || !ORGANIZER_TABS.has(tab));
  const heading = t(`tabs.${tab}`);
  useDocumentTitle(`${heading} – ${title}`);
  // A conversation made since the list was loaded (by someone else, or an invitation just
  // accepted) is looked for once more before it is called unavailable.
  const askedAgain = useRef(false);
  const missing = conversations.status === 'ready' && !item;
  useEffect(() => {
    if (missing && !askedAgain.current) {
      askedAgain.current = true;
      reloadConversations();
    }
  }, [missing, reloadConversations]);

  if (conversations.status === 'loading' || (missing && !askedAgain.current)) return <Loading />;
  if (conversations.status === 'error') {
    return (
      <div className="page staff-page">
        <PageHeading>{heading}</PageHeading>
        <p className="message message--error" role="alert">
          {errorText(conversations.error)}
        </p>
      </div>
    );
  }
  if (!item || !allowed) {
    return (
      <div className="page staff-page">
        <PageHeading>{t('conversation.unavailableTitle')}</PageHeading>
        <p>{t(item ? 'conversation.organizersOnly' : 'conversation.unavailable', { slug })}</p>
        <p>
          <Link href={paths.staff(lang)}>{t('bar.myConversations')}</Link>
        </p>
      </div>
    );
  }
  const textLang = conversationTexts(item.conversation, lang).lang;
  const tabs = (Object.keys(TAB_PATH) as ConversationTab[]).filter((id) => item.role === 'organizer' || !ORGANIZER_TABS.has(id));
  return (
    <div className="page staff-page staff-conversation">
      <p className="staff-conversation__title">
        <span className="visually-hidden">{t('conversation.label')} </span>
        <span lang={textLang}>{title}</span>
      </p>
      <nav className="staff-tabs" aria-label={t('tabs.label')}>
        <ul>
          {tabs.map((id) => (
            <li key={id}>
              <Link href={paths.staff(lang, 'c', slug, ...TAB_PATH[id])} aria-current={id === tab ? 'page' : undefined}>
                {t(`tabs.${id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {FRAME_HEADING.has(tab) && <PageHeading>{heading}</PageHeading>}
      {children(item, session)}
    </div>
  );
}
