import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** A key of staff:fieldErrors (or an API error code), shown under the input. */
  error?: string;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'number' | 'datetime-local' | 'url';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  autoComplete?: string;
  lang?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  min?: number;
  max?: number;
  className?: string;
}

/** The words for a field error: a form rule of the staff tools, else an API error code. */
export function useFieldErrorText() {
  const { t, i18n } = useTranslation('staff');
  return (error: string) => {
    // "tooLong:200" carries its limit.
    const [key = error, max] = error.split(':');
    if (i18n.exists(`staff:fieldErrors.${key}`)) return t(`fieldErrors.${key}`, { max: Number(max) });
    if (i18n.exists(`staff:errors.${key}`)) return t(`errors.${key}`);
    return t('translation:errors.unknown');
  };
}

/** A labelled input or textarea, with its hint and its error tied to it for screen readers. */
export function Field({ id, label, value, onChange, error, hint, type = 'text', multiline, rows = 3, required, autoComplete, lang, inputMode, min, max, className }: Props) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    autoComplete,
    lang,
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} className="field__input" />
      ) : (
        <input {...common} type={type} className="field__input" inputMode={inputMode} min={min} max={max} />
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
