import { useEffect, useState } from 'react';
import type { Conversation, Lang } from '../../api/types';
import { LANGS } from '../../i18n/langs';
import type { ModerationApi } from './api';

/** The conversation's languages and title; all three languages until it has loaded. */
export function useStaffConversation(api: ModerationApi) {
  const [conversation, setConversation] = useState<Conversation | null>(null);
  useEffect(() => {
    let live = true;
    api.conversation().then(
      (c) => live && setConversation(c),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api]);
  const languages: readonly Lang[] = conversation?.languages.length ? conversation.languages : LANGS;
  return { conversation, languages };
}
