import { useTranslation } from 'react-i18next';
import type { Progress as ProgressBody } from '../../../api/types';

/** "12 / 45 voted", with a bar that only repeats the text for the eye. */
export function Progress({ progress }: { progress: ProgressBody }) {
  const { t } = useTranslation();
  return (
    <div className="progress">
      <p className="progress__text">{t('vote.progress', { voted: progress.voted, total: progress.total })}</p>
      <progress className="progress__bar" value={progress.voted} max={Math.max(progress.total, 1)} aria-hidden="true" />
    </div>
  );
}
