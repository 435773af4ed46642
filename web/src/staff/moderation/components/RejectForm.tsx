import { useId, useState, type FormEvent } from 'react';
import type { Nearest, RejectionReason } from '../types';
import { REJECTION_REASONS } from '../types';
import { formatShare } from '../working-hours';
import { useStaffText } from '../useStaffText';

export interface Rejection {
  reason: RejectionReason;
  duplicateOf?: string;
  note?: string;
}

interface Props {
  /** Statements to choose the duplicated one from; without them "duplicate" cannot be chosen. */
  nearest?: readonly Nearest[];
  busy: boolean;
  submitLabel: string;
  onReject: (rejection: Rejection) => void;
}

/** Reject under a public rule: a duplicate names the statement it repeats, "other" needs a note. */
export function RejectForm({ nearest, busy, submitLabel, onReject }: Props) {
  const { t, locale } = useStaffText();
  const id = useId();
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasons = REJECTION_REASONS.filter((r) => r !== 'duplicate' || nearest !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason) return setProblem(t('reject.chooseReason'));
    if (reason === 'duplicate' && !duplicateOf) return setProblem(t('reject.chooseDuplicate'));
    if (reason === 'other' && !note.trim()) return setProblem(t('reject.writeNote'));
    setProblem(null);
    onReject({ reason, ...(reason === 'duplicate' ? { duplicateOf } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
  };

  return (
    <form className="mod-form" onSubmit={submit} noValidate>
      <div className="mod-field">
        <label htmlFor={`${id}-reason`}>{t('reject.reasonLabel')}</label>
        <select
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value as RejectionReason | '');
            setProblem(null);
          }}
          aria-invalid={(problem !== null && !reason) || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        >
          <option value="">{t('reject.choose')}</option>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {reason === 'duplicate' && nearest && (
        <fieldset className="mod-field">
          <legend className="mod-field__legend">{t('reject.duplicateOf')}</legend>
          {nearest.length === 0 ? (
            <p className="hint">{t('reject.noNearest')}</p>
          ) : (
            <div className="choices">
              {nearest.map((n) => (
                <label key={n.statementId} className="choice">
                  <input type="radio" name={`${id}-duplicate`} value={n.statementId} checked={duplicateOf === n.statementId} onChange={() => setDuplicateOf(n.statementId)} />
                  <span>
                    <span lang={n.lang}>{n.text}</span> <span className="hint">({formatShare(n.score, locale)})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
      {reason !== '' && (
        <div className="mod-field">
          <label htmlFor={`${id}-note`}>{reason === 'other' ? t('reject.noteRequired') : t('reject.noteOptional')}</label>
          <textarea id={`${id}-note`} value={note} rows={2} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      {problem && (
        <p className="message message--error" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <button type="submit" className="button button--danger button--small" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
