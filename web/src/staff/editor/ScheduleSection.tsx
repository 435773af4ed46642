import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { fieldId } from '../lib/editor-model';
import type { SectionProps } from './EditorPage';

const TIMES = ['opensAt', 'statementsCloseAt', 'closesAt'] as const;

/** The three times, on the Helsinki clock whatever the browser's time zone. */
export function ScheduleSection({ form, errors, update }: SectionProps) {
  const { t } = useTranslation('staff');
  return (
    <section className="editor__section" aria-labelledby="editor-schedule-title">
      <h2 id="editor-schedule-title">{t('editor.schedule')}</h2>
      <p className="hint" id="editor-schedule-hint">
        {t('editor.scheduleHint')}
      </p>
      <div className="editor__times">
        {TIMES.map((key) => (
          <Field
            key={key}
            id={fieldId(key)}
            label={t(`editor.${key}`)}
            hint={t(`editor.${key}Hint`)}
            type="datetime-local"
            value={form[key]}
            onChange={(v) => update((f) => ({ ...f, [key]: v }))}
            error={errors[key]}
          />
        ))}
      </div>
    </section>
  );
}
