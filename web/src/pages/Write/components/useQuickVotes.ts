import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { VoteValue } from '../../../api/types';
import { useAnnounce } from '../../../components/Announcer';
import { useErrorText } from '../../../components/ErrorMessage';
import { newRequestId } from '../../../lib/request-id';

/** Votes cast from the writing page, on statements shown as already said. */
export function useQuickVotes(slug: string) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const errorText = useErrorText();
  const [votes, setVotes] = useState<Record<string, VoteValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    api.myVotes(slug).then(
      (mine) => live && setVotes(Object.fromEntries(mine.map((v) => [v.statementId, v.value]))),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [slug]);

  const vote = async (statementId: string, value: VoteValue) => {
    try {
      await api.vote(slug, statementId, value, newRequestId());
      setVotes((v) => ({ ...v, [statementId]: value }));
      setErrors(({ [statementId]: _gone, ...rest }) => rest);
      announce(t('vote.saved', { vote: t(`voteWord.${value}`) }));
    } catch (error) {
      setErrors((e) => ({ ...e, [statementId]: errorText(error) }));
    }
  };
  return { votes, errors, vote };
}
