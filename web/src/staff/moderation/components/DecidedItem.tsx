import type { Lang } from '../../../api/types';
import { Link } from '../../../router/Link';
import type { DecisionInfo } from '../decisions';
import type { DecidedStatus, StaffStatement } from '../types';
import { useStaffText } from '../useStaffText';
import { RejectForm, type Rejection } from './RejectForm';

export const decidedId = (statementId: string) => `decided-${statementId}`;

interface Props {
  statement: StaffStatement;
  info: DecisionInfo | undefined;
  /** The statement a duplicate repeats, when it is among the decided ones. */
  original: StaffStatement | null;
  /** The link to the original on this page. */
  originalHref: string | null;
  languages: readonly Lang[];
  busy: boolean;
  error: string | null;
  onUndo: () => void;
  onWithdraw: (rejection: Rejection) => void;
}

/** A decided statement: its text, why and by whom it was decided, and the way back. */
export function DecidedItem({ statement: s, info, original, originalHref, languages, busy, error, onUndo, onWithdraw }: Props) {
  const { t, dateTime } = useStaffText();
  const status = s.status as DecidedStatus;
  const translations = languages.filter((l) => l !== s.lang && s.translations[l]);
  return (
    <li id={decidedId(s.id)} className="decided-item card" tabIndex={-1}>
      <p className="decided-item__text" lang={s.lang}>
        {s.text}
      </p>
      {translations.length > 0 && (
        <ul className="queue-item__translations">
          {translations.map((l) => (
            <li key={l}>
              <span className="queue-item__translation-lang">{t(`languageName.${l}`)}:</span> <span lang={l}>{s.translations[l]}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="meta">
        {s.rejectionReason && (
          <div>
            <dt>{t('decided.reason')}</dt>
            <dd>{t(`reasons.${s.rejectionReason}`)}</dd>
          </div>
        )}
        {s.duplicateOf && (
          <div className="meta__wide">
            <dt>{t('decided.duplicateOf')}</dt>
            <dd>
              {original && originalHref ? (
                <Link href={originalHref} lang={original.lang} className="decided-item__original">
                  {original.text}
                </Link>
              ) : (
                t('decided.originalNotDecided')
              )}
            </dd>
          </div>
        )}
        {s.rejectionNote && (
          <div className="meta__wide">
            <dt>{t('decided.note')}</dt>
            <dd>{s.rejectionNote}</dd>
          </div>
        )}
        <div>
          <dt>{t('decided.by')}</dt>
          <dd>{info?.by ?? (s.isSeed ? t('decided.seed') : t('decided.unknown'))}</dd>
        </div>
        <div>
          <dt>{t('decided.at')}</dt>
          <dd>{info?.at ? dateTime(info.at) : t('decided.unknown')}</dd>
        </div>
        <div>
          <dt>{t('queue.authorLang')}</dt>
          <dd>{t(`languageName.${s.lang}`)}</dd>
        </div>
      </dl>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--small" aria-disabled={busy || undefined} onClick={() => !busy && onUndo()}>
          {t('decided.undo')}
        </button>
      </div>
      {status === 'published' && (
        <details className="disclosure">
          <summary>{t('decided.withdrawTitle')}</summary>
          <div className="disclosure__body">
            <p className="hint">{t('decided.withdrawHint')}</p>
            <RejectForm busy={busy} submitLabel={t('decided.withdraw')} onReject={onWithdraw} />
          </div>
        </details>
      )}
    </li>
  );
}
