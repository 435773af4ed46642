import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/LangContext';
import { LOCALES } from '../../i18n/langs';
import { Field } from '../components/Field';
import { contrastWithWhite, MIN_CONTRAST } from '../lib/contrast';
import { fieldId } from '../lib/editor-model';
import type { SectionProps } from './EditorPage';

/** The organizer's colour for buttons and the header stripe, with a warning when text on it would be hard to read. */
export function AccentSection({ form, errors, update }: SectionProps) {
  const { t } = useTranslation('staff');
  const lang = useLang();
  const ratio = contrastWithWhite(form.accentColor);
  const shown = ratio === null ? '' : new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(ratio);
  return (
    <section className="editor__section" aria-labelledby="editor-accent-title">
      <h2 id="editor-accent-title">{t('accent.title')}</h2>
      <label className="check check--block">
        <input type="checkbox" checked={form.accentEnabled} onChange={(e) => update((f) => ({ ...f, accentEnabled: e.target.checked }))} />
        <span>{t('accent.enabled')}</span>
      </label>
      {form.accentEnabled && (
        <>
          <div className="color-field">
            <Field
              id={fieldId('accentColor')}
              label={t('editor.accentColor')}
              hint={t('accent.hint')}
              value={form.accentColor}
              onChange={(v) => update((f) => ({ ...f, accentColor: v.trim().toLowerCase() }))}
              error={errors.accentColor}
              autoComplete="off"
              className="field--short"
            />
            <label htmlFor="editor-accent-picker" className="field__label">
              {t('accent.picker')}
            </label>
            <input
              id="editor-accent-picker"
              type="color"
              className="color-input"
              value={ratio === null ? '#1b4f9c' : form.accentColor}
              onChange={(e) => update((f) => ({ ...f, accentColor: e.target.value.toLowerCase() }))}
            />
          </div>
          <div aria-live="polite">
            {ratio !== null &&
              (ratio < MIN_CONTRAST ? (
                <p className="message message--warning">{t('accent.lowContrast', { ratio: shown })}</p>
              ) : (
                <p className="hint">{t('accent.contrastOk', { ratio: shown })}</p>
              ))}
          </div>
        </>
      )}
    </section>
  );
}
