import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { VoteValue } from '../../../api/types';
import { useAnnounce } from '../../../components/Announcer';
import { useErrorText } from '../../../components/ErrorMessage';
import { StatementText } from '../../../components/StatementText';
import { VoteButtons } from '../../../components/VoteButtons';
import { newRequestId } from '../../../lib/request-id';
import type { MyVoteRow } from './useMyVotes';

interface Props {
  slug: string;
  rows: MyVoteRow[];
  canChange: boolean;
  onChanged: (statementId: string, value: VoteValue) => void;
}

/** Every statement I voted on, with my vote; pressing another button changes it. */
export function MyVoteList({ slug, rows, canChange, onChanged }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const errorText = useErrorText();
  const [error, setError] = useState<{ id: string; message: string } | null>(null);

  const change = async (statementId: string, value: VoteValue) => {
    try {
      await api.vote(slug, statementId, value, newRequestId());
      setError(null);
      onChanged(statementId, value);
      announce(t('myVotes.changed', { vote: t(`voteWord.${value}`) }));
    } catch (e) {
      setError({ id: statementId, message: errorText(e) });
    }
  };

  return (
    <ol className="statement-list my-votes">
      {rows.map(({ statement, value }) => {
        const textId = `mine-${statement.id}`;
        return (
          <li key={statement.id} className="statement-list__item">
            <StatementText statement={statement} id={textId} />
            {canChange ? (
              <VoteButtons size="compact" labelledBy={textId} current={value} onVote={(v) => void change(statement.id, v)} />
            ) : (
              <p className="my-votes__value">{t('myVotes.yourVote', { vote: t(`voteWord.${value}`) })}</p>
            )}
            {error?.id === statement.id && (
              <p className="message message--error" role="alert">
                {error.message}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
