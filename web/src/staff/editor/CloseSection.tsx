import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { staffApi, type StaffConversation } from '../api';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { useStaff } from '../StaffContext';

/** Closing a conversation early, and opening it again. */
export function CloseSection({ conversation }: { conversation: StaffConversation }) {
  const { t } = useTranslation('staff');
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const { session, putConversation } = useStaff();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = conversation.phase === 'closed';
  const next = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // The button pressed goes away: focus moves to the one that takes its place.
  useEffect(() => {
    if (moved.current) next.current?.focus();
    moved.current = false;
  }, [confirming, closed]);

  const change = async (close: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await staffApi.update(session, conversation.id, { closed: close });
      moved.current = true;
      putConversation(saved);
      const text = close ? t('close.closed') : saved.phase === 'closed' ? t('close.reopenedButPast') : t('close.reopened');
      setDone(text);
      announce(text);
      setConfirming(false);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor__section card" aria-labelledby="close-title">
      <h2 id="close-title">{t('close.title')}</h2>
      <p>
        {t('close.phaseNow')} <strong>{t(`phase.${conversation.phase}`)}</strong>
      </p>
      <p className="hint">{t(closed ? 'close.reopenHint' : 'close.hint')}</p>
      {closed ? (
        <div className="button-row">
          <button type="button" className="button" ref={next} onClick={() => change(false)} aria-disabled={busy || undefined}>
            {t('close.reopen')}
          </button>
        </div>
      ) : confirming ? (
        <div className="message message--warning" role="group" aria-labelledby="close-confirm">
          <p id="close-confirm">{t('close.confirm')}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" ref={next} onClick={() => change(true)} aria-disabled={busy || undefined}>
              {t('close.yes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                moved.current = true;
                setConfirming(false);
              }}
            >
              {t('translation:common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            ref={next}
            onClick={() => {
              moved.current = true;
              setConfirming(true);
            }}
          >
            {t('close.close')}
          </button>
        </div>
      )}
      <div aria-live="polite">{done && <p className="message message--success">{done}</p>}</div>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
