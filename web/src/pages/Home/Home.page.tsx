import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Conversation } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import type { Loaded } from '../../lib/useConversation';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConversationCard } from './components/ConversationCard';

export function HomePage() {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded<Conversation[]>>({ status: 'loading' });
  useDocumentTitle(t('home.title'));
  useEffect(() => {
    let live = true;
    api.conversations().then(
      (value) => live && setState({ status: 'ready', value: value.filter((c) => c.phase !== 'draft') }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="page">
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p>{t('home.none')}</p>
        ) : (
          <ul className="conversation-list">
            {state.value.map((c) => (
              <ConversationCard key={c.id} conversation={c} />
            ))}
          </ul>
        ))}
    </div>
  );
}
