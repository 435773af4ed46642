import { useStaffText } from '../useStaffText';
import { REFRESH_MS } from '../useQueue';

interface Props {
  flaggedFirst: boolean;
  onFlaggedFirst: (on: boolean) => void;
  loading: boolean;
  updatedAt: Date | null;
  onRefresh: () => void;
}

/** Sorting and refreshing; the queue also refreshes itself every 30 seconds. */
export function QueueToolbar({ flaggedFirst, onFlaggedFirst, loading, updatedAt, onRefresh }: Props) {
  const { t, locale } = useStaffText();
  const time = updatedAt ? new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Helsinki' }).format(updatedAt) : null;
  return (
    <div className="queue-toolbar">
      <label className="toggle">
        <input type="checkbox" checked={flaggedFirst} onChange={(e) => onFlaggedFirst(e.target.checked)} />
        {t('queue.flaggedFirst')}
      </label>
      <div className="queue-toolbar__refresh">
        <button type="button" className="button button--small" aria-disabled={loading || undefined} onClick={() => !loading && onRefresh()}>
          {t('queue.refresh')}
        </button>
        <p className="hint queue-toolbar__updated">
          {time ? t('queue.updatedAt', { time }) : ''} {t('queue.autoRefresh', { seconds: REFRESH_MS / 1000 })}
        </p>
      </div>
    </div>
  );
}
