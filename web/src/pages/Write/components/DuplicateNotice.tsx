import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalliedStatement, VoteValue } from '../../../api/types';
import { StatementsToVote } from './StatementsToVote';

interface Props {
  statementId: string;
  /** Published statements by id; null while loading. */
  published: Map<string, TalliedStatement> | null;
  votes: Record<string, VoteValue>;
  errors: Record<string, string>;
  onVote: (statementId: string, value: VoteValue) => void;
  focusRef: Ref<HTMLHeadingElement>;
}

/** The server's answer to an exact duplicate: the statement it repeats, to vote on instead. */
export function DuplicateNotice({ statementId, published, votes, errors, onVote, focusRef }: Props) {
  const { t } = useTranslation();
  // Not among the published ones: it is the same as a statement still waiting for a moderator.
  const existing = published === null ? undefined : (published.get(statementId) ?? null);

  return (
    <section className="duplicate message message--warning" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title" ref={focusRef} tabIndex={-1}>
        {t('write.duplicateTitle')}
      </h2>
      {existing === null && <p>{t('write.duplicatePending')}</p>}
      {existing && (
        <>
          <p>{t('write.duplicateHint')}</p>
          <StatementsToVote idPrefix="duplicate" items={[{ id: existing.id, statement: existing }]} votes={votes} errors={errors} onVote={onVote} />
        </>
      )}
    </section>
  );
}
