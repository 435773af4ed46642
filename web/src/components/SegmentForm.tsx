import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../api/types';
import { useLang } from '../i18n/LangContext';
import { useErrorText } from './ErrorMessage';

type SegmentQuestion = NonNullable<Conversation['settings']['segmentQuestion']>;

const NONE = '';

/** A text of the segment question in the reader's language, or in any it has. */
function pick(texts: Record<string, string>, lang: string): string {
  return texts[lang] ?? Object.values(texts)[0] ?? '';
}

interface Props {
  question: SegmentQuestion;
  initial: string | null;
  onSave: (segment: string | null) => Promise<void>;
  saveLabel: string;
  /** Extra buttons next to saving, e.g. "Skip". */
  actions?: ReactNode;
}

/** The optional "I take part as" question; "prefer not to say" is always a choice. */
export function SegmentForm({ question, initial, onSave, saveLabel, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const name = useId();
  const [choice, setChoice] = useState<string | null>(initial === null ? null : initial);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === 'saving') return;
    if (choice === null) {
      setStatus({ kind: 'error', message: t('segment.chooseFirst') });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await onSave(choice === NONE ? null : choice);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: errorText(error) });
    }
  };

  const options = [...question.options.map((o) => ({ id: o.id, label: pick(o.label, lang) })), { id: NONE, label: t('segment.none') }];
  return (
    <form className="segment-form" onSubmit={submit}>
      <fieldset>
        <legend>{pick(question.question, lang)}</legend>
        <div className="choices">
          {options.map((option) => (
            <label key={option.id} className="choice">
              <input type="radio" name={name} value={option.id} checked={choice === option.id} onChange={() => setChoice(option.id)} />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('segment.why')}</p>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {saveLabel}
        </button>
        {actions}
      </div>
      <div aria-live="polite">
        {status.kind === 'saved' && <p className="message message--success">{t('segment.saved')}</p>}
        {status.kind === 'error' && <p className="message message--error">{status.message}</p>}
      </div>
    </form>
  );
}
