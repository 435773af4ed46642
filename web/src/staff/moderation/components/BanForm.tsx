import { useId, useRef, useState } from 'react';
import { useStaffText } from '../useStaffText';

/** Ban the author of a statement, after a confirmation step; their votes leave the math. */
export function BanForm({ busy, onBan }: { busy: boolean; onBan: (reason: string | undefined) => void }) {
  const { t } = useStaffText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="mod-form">
      <p className="hint">{t('ban.explain')}</p>
      <div className="mod-field">
        <label htmlFor={`${id}-reason`}>{t('ban.reasonLabel')}</label>
        <input id={`${id}-reason`} type="text" className="text-input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </div>
      {confirming ? (
        <div className="ban__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} className="ban__question">
            {t('ban.confirmQuestion')}
          </p>
          <div className="button-row">
            <button
              type="button"
              ref={confirmButton}
              className="button button--danger button--small"
              aria-disabled={busy || undefined}
              onClick={() => !busy && onBan(reason.trim() || undefined)}
            >
              {t('ban.confirm')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setConfirming(false);
                window.setTimeout(() => firstButton.current?.focus());
              }}
            >
              {t('ban.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={firstButton}
          className="button button--small"
          onClick={() => {
            setConfirming(true);
            window.setTimeout(() => confirmButton.current?.focus());
          }}
        >
          {t('ban.start')}
        </button>
      )}
    </div>
  );
}
