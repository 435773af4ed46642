import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '../../../api/types';
import type { StaffStatement } from '../types';
import { useStaffText } from '../useStaffText';

interface Props {
  statement: StaffStatement;
  /** The conversation's languages other than the statement's own. */
  languages: readonly Lang[];
  busy: boolean;
  /** Saves the changed translations; with `publish`, publishes the statement after them. */
  onSave: (changed: Partial<Record<Lang, string>>, publish: boolean) => void;
}

/** Reviewed translations into the conversation's other languages, pre-filled with the saved ones. */
export function TranslationsForm({ statement, languages, busy, onSave }: Props) {
  const { t } = useStaffText();
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<Lang, string>>>(() => ({ ...statement.translations }));
  const [problem, setProblem] = useState<string | null>(null);
  const changed = () =>
    Object.fromEntries(
      languages.flatMap((l) => {
        const text = drafts[l]?.trim() ?? '';
        return text && text !== (statement.translations[l] ?? '') ? [[l, text]] : [];
      }),
    ) as Partial<Record<Lang, string>>;
  const submit = (publish: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const c = changed();
    if (!publish && Object.keys(c).length === 0) return setProblem(t('translations.nothingChanged'));
    setProblem(null);
    onSave(c, publish);
  };
  return (
    <form className="mod-form" onSubmit={submit(false)} noValidate>
      {languages.map((l) => (
        <div className="mod-field" key={l}>
          <label htmlFor={`${id}-${l}`}>{t('translations.label', { language: t(`languageName.${l}`) })}</label>
          <textarea id={`${id}-${l}`} lang={l} rows={2} value={drafts[l] ?? ''} onChange={(e) => setDrafts({ ...drafts, [l]: e.target.value })} />
        </div>
      ))}
      {problem && (
        <p className="message message--error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={busy || undefined}>
          {t('translations.save')}
        </button>
        <button type="button" className="button button--primary button--small" aria-disabled={busy || undefined} onClick={submit(true)}>
          {t('translations.saveAndPublish')}
        </button>
      </div>
    </form>
  );
}
