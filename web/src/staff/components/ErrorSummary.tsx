import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from './Field';

interface Props {
  /** Input id → error key, in the order of the form. */
  errors: { id: string; label: string; error: string }[];
  /** Changes each time the form is sent, so that the summary takes focus again. */
  attempt: number;
}

/** A list of what to fix, each a link to its field; it takes focus when the form is refused. */
export function ErrorSummary({ errors, attempt }: Props) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div className="message message--error error-summary" tabIndex={-1} ref={ref} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.fixThese', { count: errors.length })}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(event) => jump(event, e.id)}>
              {e.label}: {errorText(e.error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
