import { useTranslation } from 'react-i18next';
import type { VoteValue } from '../api/types';
import { VoteIcon } from './VoteIcon';

export const VOTE_VALUES: readonly VoteValue[] = ['agree', 'disagree', 'pass'];

/** The keys that cast each vote while the voting card has focus. */
export const VOTE_KEYS: Record<VoteValue, string> = { agree: '1', disagree: '2', pass: '3' };

interface Props {
  onVote: (value: VoteValue) => void;
  /** The vote that counts now; with it the buttons act as toggles (aria-pressed). */
  current?: VoteValue | null;
  /** The element that names the group: the statement's text. */
  labelledBy: string;
  size?: 'large' | 'compact';
  showKeys?: boolean;
  busy?: boolean;
}

export function VoteButtons({ onVote, current, labelledBy, size = 'large', showKeys = false, busy = false }: Props) {
  const { t } = useTranslation();
  const isToggle = current !== undefined;
  return (
    <div className={`vote-buttons vote-buttons--${size}`} role="group" aria-labelledby={labelledBy} aria-busy={busy || undefined}>
      {VOTE_VALUES.map((value) => (
        <button
          key={value}
          type="button"
          className={`vote-button vote-button--${value}`}
          aria-pressed={isToggle ? current === value : undefined}
          aria-keyshortcuts={showKeys ? VOTE_KEYS[value] : undefined}
          onClick={() => {
            if (!busy) onVote(value);
          }}
        >
          <VoteIcon value={value} />
          <span className="vote-button__label">{t(`vote.${value}`)}</span>
          {showKeys && (
            <kbd className="vote-button__key" aria-hidden="true">
              {VOTE_KEYS[value]}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
}
