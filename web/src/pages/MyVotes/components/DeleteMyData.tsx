import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useErrorText } from '../../../components/ErrorMessage';
import { forgetConversation } from '../../../lib/local-flags';

/** The right to leave: delete my votes and statements, after a confirmation. */
export function DeleteMyData({ slug, onDeleted }: { slug: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<{ kind: 'idle' | 'deleting' | 'deleted' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  const confirm = async () => {
    if (status.kind === 'deleting') return;
    setStatus({ kind: 'deleting' });
    try {
      await api.deleteMyData(slug);
      forgetConversation(slug);
      dialog.current?.close();
      setStatus({ kind: 'deleted' });
      onDeleted();
    } catch (error) {
      dialog.current?.close();
      setStatus({ kind: 'error', message: errorText(error) });
    }
  };

  return (
    <section className="delete-data" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteData.title')}</h2>
      <p>{t('deleteData.body')}</p>
      <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
        {t('deleteData.button')}
      </button>
      <div aria-live="polite">
        {status.kind === 'deleted' && <p className="message message--success">{t('deleteData.done')}</p>}
        {status.kind === 'error' && <p className="message message--error">{status.message}</p>}
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-body">
        <h2 id="delete-confirm-title">{t('deleteData.confirmTitle')}</h2>
        <p id="delete-confirm-body">{t('deleteData.confirmBody')}</p>
        <div className="button-row">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void confirm()} aria-disabled={status.kind === 'deleting' || undefined}>
            {status.kind === 'deleting' ? t('deleteData.deleting') : t('deleteData.confirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
