import { useStaffText } from '../useStaffText';

export interface Decided {
  statementIds: string[];
  message: string;
}

/** What was just decided, with the way back: undo returns the statements to the queue. */
export function LastDecision({ decided, busy, onUndo, onDismiss }: { decided: Decided | null; busy: boolean; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useStaffText();
  if (!decided) return null;
  return (
    <div className="last-decision message message--success">
      <p className="last-decision__text">{decided.message}</p>
      <div className="last-decision__buttons">
        <button type="button" className="button button--small" aria-disabled={busy || undefined} onClick={() => !busy && onUndo()}>
          {t('undo.button')}
        </button>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('undo.dismiss')}
        </button>
      </div>
    </div>
  );
}
