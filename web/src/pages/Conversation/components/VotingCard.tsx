import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextCard, VoteValue } from '../../../api/types';
import { useErrorText } from '../../../components/ErrorMessage';
import { StatementText } from '../../../components/StatementText';
import { VOTE_KEYS, VOTE_VALUES, VoteButtons } from '../../../components/VoteButtons';
import { KeyboardHints } from './KeyboardHints';
import { Progress } from './Progress';

interface Props {
  card: NextCard;
  /** The vote cast before an undo: shown, and cast anew by choosing again. */
  earlier: VoteValue | null;
  busy: boolean;
  error: { error: unknown; canRetry: boolean } | null;
  canUndo: boolean;
  onVote: (value: VoteValue) => void;
  onUndo: () => void;
  onRetry: () => void;
  focusRef: Ref<HTMLParagraphElement>;
}

const TEXT_ID = 'card-statement';

export function VotingCard({ card, earlier, busy, error, canUndo, onVote, onUndo, onRetry, focusRef }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();

  // Shortcuts act only while focus is inside the card (WCAG 2.1.4), never while typing.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    const value = VOTE_VALUES.find((v) => VOTE_KEYS[v] === event.key);
    if (value) {
      event.preventDefault();
      onVote(value);
    } else if (event.key === 'Backspace' && canUndo) {
      event.preventDefault();
      onUndo();
    }
  };

  return (
    <section className="card voting-card" aria-labelledby="voting-title" aria-busy={busy || undefined} onKeyDown={onKeyDown}>
      <div className="voting-card__top">
        <h2 id="voting-title" className="voting-card__title">
          {t('vote.title')}
        </h2>
        <Progress progress={card.progress} />
      </div>
      {earlier && <p className="voting-card__earlier">{t('vote.earlier', { vote: t(`voteWord.${earlier}`) })}</p>}
      <StatementText key={card.statement.id} statement={card.statement} id={TEXT_ID} className="statement__text statement__text--card" textRef={focusRef} />
      <VoteButtons onVote={onVote} current={earlier ?? undefined} labelledBy={TEXT_ID} showKeys busy={busy} />
      {error && (
        <div className="message message--error" role="alert">
          <p>{errorText(error.error)}</p>
          {error.canRetry && (
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          )}
        </div>
      )}
      <div className="voting-card__footer">
        <KeyboardHints />
        {canUndo && (
          <button type="button" className="link-button undo-button" onClick={onUndo} aria-keyshortcuts="Backspace">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3" />
            </svg>
            {t('vote.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
