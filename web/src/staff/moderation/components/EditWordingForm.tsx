import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '../../../api/types';
import { useStaffText } from '../useStaffText';

/** Correct spelling or clarify wording, then publish; the original stays in view and in the log. */
export function EditWordingForm({ text, lang, busy, onPublish }: { text: string; lang: Lang; busy: boolean; onPublish: (text: string) => void }) {
  const { t } = useStaffText();
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = draft.trim();
    if (!trimmed) return setProblem(t('edit.empty'));
    if (trimmed === text.trim()) return setProblem(t('edit.unchanged'));
    setProblem(null);
    onPublish(trimmed);
  };
  return (
    <form className="mod-form" onSubmit={submit} noValidate>
      <p className="edit__original">
        <span className="edit__original-label">{t('edit.original')}</span>{' '}
        <span lang={lang}>{text}</span>
      </p>
      <div className="mod-field">
        <label htmlFor={`${id}-text`}>{t('edit.label')}</label>
        <textarea
          id={`${id}-text`}
          value={draft}
          lang={lang}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem !== null || undefined}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('edit.hint')}
        </p>
      </div>
      {problem && (
        <p className="message message--error" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" aria-disabled={busy || undefined}>
        {t('edit.submit')}
      </button>
    </form>
  );
}
