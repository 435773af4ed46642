import { useState } from 'react';
import { useStaffText } from '../useStaffText';
import { RejectForm, type Rejection } from './RejectForm';

interface Props {
  selectedCount: number;
  total: number;
  busy: boolean;
  onSelectAll: (all: boolean) => void;
  onPublish: () => void;
  onReject: (rejection: Rejection) => void;
}

/** Act on the selected statements at once: publish them, or reject them for one reason. */
export function BulkActions({ selectedCount, total, busy, onSelectAll, onPublish, onReject }: Props) {
  const { t } = useStaffText();
  const [rejecting, setRejecting] = useState(false);
  const none = selectedCount === 0;
  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="visually-hidden">
        {t('bulk.title')}
      </h2>
      <div className="bulk__row">
        <label className="bulk__all">
          <input type="checkbox" checked={total > 0 && selectedCount === total} onChange={(e) => onSelectAll(e.target.checked)} />
          {t('bulk.selectAll')}
        </label>
        <p className="bulk__count" aria-live="polite">
          {t('bulk.selected', { count: selectedCount })}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary button--small" disabled={none} aria-disabled={busy || undefined} onClick={() => !busy && onPublish()}>
          {none ? t('bulk.publishNone') : t('bulk.publish', { count: selectedCount })}
        </button>
        <button type="button" className="button button--small" disabled={none} aria-expanded={rejecting && !none} onClick={() => setRejecting(!rejecting)}>
          {none ? t('bulk.rejectNone') : t('bulk.reject', { count: selectedCount })}
        </button>
      </div>
      {rejecting && !none && (
        <div className="bulk__reject">
          <RejectForm busy={busy} submitLabel={t('bulk.rejectSubmit', { count: selectedCount })} onReject={onReject} />
        </div>
      )}
    </section>
  );
}
