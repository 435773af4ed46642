import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { fieldId, MAX_LENGTH_LIMIT, MIN_LENGTH_LIMIT } from '../lib/editor-model';
import type { SectionProps } from './EditorPage';

function Radios<T extends string>({ name, legend, options, value, onChange }: { name: string; legend: string; options: { value: T; label: string; hint?: string }[]; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      <div className="choices">
        {options.map((o) => (
          <label key={o.value} className="choice choice--with-hint">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>
              {o.label}
              {o.hint && <span className="choice__hint">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Moderation, statement length, whether participants write, and when results are public. */
export function SettingsSection({ form, errors, update }: SectionProps) {
  const { t } = useTranslation('staff');
  return (
    <section className="editor__section" aria-labelledby="editor-settings-title">
      <h2 id="editor-settings-title">{t('editor.settings')}</h2>
      <Radios
        name="moderation"
        legend={t('settings.moderation')}
        value={form.moderation}
        onChange={(v) => update((f) => ({ ...f, moderation: v }))}
        options={(['pre', 'post'] as const).map((value) => ({ value, label: t(`settings.moderationMode.${value}`), hint: t(`settings.moderationHint.${value}`) }))}
      />
      <label className="check check--block">
        <input type="checkbox" checked={form.participantsMayWrite} onChange={(e) => update((f) => ({ ...f, participantsMayWrite: e.target.checked }))} />
        <span>{t('settings.participantsMayWrite')}</span>
      </label>
      <Field
        id={fieldId('statementMaxLength')}
        label={t('editor.statementMaxLength')}
        hint={t('settings.lengthHint', { min: MIN_LENGTH_LIMIT, max: MAX_LENGTH_LIMIT })}
        type="number"
        inputMode="numeric"
        min={MIN_LENGTH_LIMIT}
        max={MAX_LENGTH_LIMIT}
        value={form.statementMaxLength}
        onChange={(v) => update((f) => ({ ...f, statementMaxLength: v }))}
        error={errors.statementMaxLength}
        className="field--short"
      />
      <Radios
        name="results-visibility"
        legend={t('settings.resultsVisibility')}
        value={form.resultsVisibility}
        onChange={(v) => update((f) => ({ ...f, resultsVisibility: v }))}
        options={(['during', 'after', 'staff_only'] as const).map((value) => ({ value, label: t(`settings.visibility.${value}`) }))}
      />
    </section>
  );
}
