import type { Lang } from '../../../api/types';
import { quickRejections } from '../flag-reason';
import type { QueueItem } from '../types';
import { hoursOverdue, workingAge } from '../working-hours';
import { useStaffText } from '../useStaffText';
import { BanForm } from './BanForm';
import { EditWordingForm } from './EditWordingForm';
import { FlagList } from './FlagList';
import { HighlightedText } from './HighlightedText';
import { NearestList } from './NearestList';
import { RejectForm, type Rejection } from './RejectForm';
import { TranslationsForm } from './TranslationsForm';

export interface ItemActions {
  publish: (item: QueueItem, correctedText?: string) => void;
  reject: (item: QueueItem, rejection: Rejection) => void;
  saveTranslations: (item: QueueItem, changed: Partial<Record<Lang, string>>, publish: boolean) => void;
  ban: (item: QueueItem, reason: string | undefined) => void;
}

interface Props {
  item: QueueItem;
  number: number;
  total: number;
  languages: readonly Lang[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  busy: boolean;
  error: string | null;
  actions: ItemActions;
}

export const headingId = (statementId: string) => `queue-item-${statementId}`;

/** One pending statement: its text with flags, age, nearest statements, and what can be done. */
export function QueueItemCard({ item, number, total, languages, selected, onSelect, busy, error, actions }: Props) {
  const { t, dateTime } = useStaffText();
  const s = item.statement;
  const prefix = `q-${s.id}`;
  const hours = item.ageWorkingHours;
  const age = workingAge(hours);
  const overdue = item.overdue;
  const authorLang = item.authorLang;
  const quick = quickRejections(item.flags, item.nearest);
  const otherLangs = languages.filter((l) => l !== s.lang);
  const nearestText = (id: string) => item.nearest.find((n) => n.statementId === id)?.text ?? '';

  return (
    <li className={`queue-item card${overdue ? ' queue-item--overdue' : ''}`}>
      <div className="queue-item__head">
        <input
          type="checkbox"
          id={`${prefix}-select`}
          className="queue-item__select"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
        />
        <label htmlFor={`${prefix}-select`} className="visually-hidden">
          {t('queue.select', { number })}
        </label>
        <h2 id={headingId(s.id)} className="queue-item__heading" tabIndex={-1}>
          {t('queue.itemHeading', { number, total })}
        </h2>
        {overdue && (
          <span className="badge badge--overdue">
            <span aria-hidden="true" className="badge__icon">
              !
            </span>
            {t('queue.overdue', { count: hoursOverdue(hours) })}
          </span>
        )}
        {item.flags.length > 0 && <span className="badge badge--flagged">{t('queue.flagged', { count: item.flags.length })}</span>}
      </div>
      <dl className="meta">
        <div>
          <dt>{t('queue.age')}</dt>
          <dd className="queue-item__age">{age.kind === 'underHour' ? t('queue.ageUnderHour') : t('queue.ageHours', { count: age.hours })}</dd>
        </div>
        <div>
          <dt>{t('queue.due')}</dt>
          <dd>{dateTime(item.dueAt)}</dd>
        </div>
        <div>
          <dt>{t('queue.authorLang')}</dt>
          <dd>{t(`languageName.${authorLang}`)}</dd>
        </div>
        <div>
          <dt>{t('queue.submitted')}</dt>
          <dd>{dateTime(s.createdAt)}</dd>
        </div>
      </dl>
      <HighlightedText text={s.text} lang={s.lang} flags={item.flags} />
      {otherLangs.some((l) => s.translations[l]) && (
        <ul className="queue-item__translations">
          {otherLangs.map((l) =>
            s.translations[l] ? (
              <li key={l}>
                <span className="queue-item__translation-lang">{t(`languageName.${l}`)}:</span> <span lang={l}>{s.translations[l]}</span>
              </li>
            ) : null,
          )}
        </ul>
      )}
      <FlagList flags={item.flags} text={s.text} textLang={s.lang} idPrefix={prefix} />
      <NearestList nearest={item.nearest} idPrefix={prefix} likelyDuplicate={item.likelyDuplicate ?? false} />

      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row queue-item__actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => !busy && actions.publish(item)}>
          {t('actions.publish')}
        </button>
        {quick.map((q) => (
          <button
            key={q.reason}
            type="button"
            className="button button--danger"
            aria-disabled={busy || undefined}
            aria-describedby={q.duplicateOf ? `${prefix}-quick-${q.reason}` : undefined}
            onClick={() => !busy && actions.reject(item, { reason: q.reason, ...(q.duplicateOf ? { duplicateOf: q.duplicateOf } : {}) })}
          >
            {t('actions.rejectAs', { reason: t(`reasons.${q.reason}`) })}
          </button>
        ))}
      </div>
      {quick.map((q) =>
        q.duplicateOf ? (
          <p key={q.reason} id={`${prefix}-quick-${q.reason}`} className="hint">
            {t('actions.duplicateOfHint')} <span>{nearestText(q.duplicateOf) || t('actions.flaggedStatement')}</span>
          </p>
        ) : null,
      )}
      <details className="disclosure">
        <summary>{t('edit.title')}</summary>
        <div className="disclosure__body">
          <EditWordingForm text={s.text} lang={s.lang} busy={busy} onPublish={(text) => actions.publish(item, text)} />
        </div>
      </details>
      {otherLangs.length > 0 && (
        <details className="disclosure">
          <summary>
            {t('translations.title', { done: otherLangs.filter((l) => s.translations[l]).length, total: otherLangs.length })}
          </summary>
          <div className="disclosure__body">
            <TranslationsForm statement={s} languages={otherLangs} busy={busy} onSave={(changed, publish) => actions.saveTranslations(item, changed, publish)} />
          </div>
        </details>
      )}
      <details className="disclosure">
        <summary>{t('reject.title')}</summary>
        <div className="disclosure__body">
          <RejectForm nearest={item.nearest} busy={busy} submitLabel={t('reject.submit')} onReject={(r) => actions.reject(item, r)} />
        </div>
      </details>
      {item.authorParticipantId && (
        <details className="disclosure">
          <summary>{t('ban.title')}</summary>
          <div className="disclosure__body">
            <BanForm busy={busy} onBan={(reason) => actions.ban(item, reason)} />
          </div>
        </details>
      )}
    </li>
  );
}
