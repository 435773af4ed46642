import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarStatement, TalliedStatement, VoteValue } from '../../../api/types';
import { useAnnounce } from '../../../components/Announcer';
import { StatementsToVote } from './StatementsToVote';

interface Props {
  similar: SimilarStatement[];
  /** Published statements by id, to show each in the reader's language; null while loading. */
  published: Map<string, TalliedStatement> | null;
  votes: Record<string, VoteValue>;
  errors: Record<string, string>;
  onVote: (statementId: string, value: VoteValue) => void;
}

/** "Is this already said? Vote on it instead", shown while typing; sending stays possible. */
export function SimilarStatements({ similar, published, votes, errors, onVote }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const shown = similar.length > 0;
  const wasShown = useRef(false);
  useEffect(() => {
    // Said once when the hint appears, not on every keystroke that refines it.
    if (shown && !wasShown.current) announce(t('write.similarAnnounce', { count: similar.length }));
    wasShown.current = shown;
  }, [shown, similar.length, announce, t]);
  if (!shown) return null;
  return (
    <section className="similar" aria-labelledby="similar-title">
      <h2 id="similar-title" className="similar__title">
        {t('write.similarTitle')}
      </h2>
      <p className="similar__hint">{t('write.similarHint')}</p>
      <StatementsToVote
        idPrefix="similar"
        items={similar.map((s) => ({
          id: s.statementId,
          statement: published?.get(s.statementId) ?? { text: s.text, lang: s.lang, translations: {} },
        }))}
        votes={votes}
        errors={errors}
        onVote={onVote}
      />
    </section>
  );
}
