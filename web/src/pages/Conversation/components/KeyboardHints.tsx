import { useTranslation } from 'react-i18next';
import { VOTE_KEYS, VOTE_VALUES } from '../../../components/VoteButtons';

/** The shortcuts, on screen for keyboard users; they work while focus is inside the card. */
export function KeyboardHints() {
  const { t } = useTranslation();
  return (
    <div className="keyboard-hints">
      <p className="keyboard-hints__title">{t('keys.title')}</p>
      <ul>
        {VOTE_VALUES.map((value) => (
          <li key={value}>
            <kbd>{VOTE_KEYS[value]}</kbd> {t(`vote.${value}`)}
          </li>
        ))}
        <li>
          <kbd>{t('keys.backspace')}</kbd> {t('vote.undo')}
        </li>
      </ul>
    </div>
  );
}
