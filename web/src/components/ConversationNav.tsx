import { useTranslation } from 'react-i18next';
import type { Conversation } from '../api/types';
import { useLang } from '../i18n/LangContext';
import { resultsVisible } from '../lib/results';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

export type ConversationTab = 'vote' | 'write' | 'myVotes' | 'results';

export function ConversationNav({ conversation, current }: { conversation: Conversation; current: ConversationTab }) {
  const { t } = useTranslation();
  const lang = useLang();
  const slug = conversation.id;
  const tabs: { id: ConversationTab; href: string; label: string }[] = [
    { id: 'vote', href: paths.conversation(lang, slug), label: t('nav.vote') },
    ...(conversation.settings.participantsMayWrite ? [{ id: 'write' as const, href: paths.write(lang, slug), label: t('nav.write') }] : []),
    { id: 'myVotes', href: paths.myVotes(lang, slug), label: t('nav.myVotes') },
    ...(resultsVisible(conversation) && conversation.phase !== 'draft'
      ? [{ id: 'results' as const, href: paths.results(lang, slug), label: t('nav.results') }]
      : []),
  ];
  return (
    <nav className="conversation-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
