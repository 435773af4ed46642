import { useTranslation } from 'react-i18next';
import type { Lang } from '../../api/types';
import { LANGS } from '../../i18n/langs';
import { Field, useFieldErrorText } from '../components/Field';
import { fieldId, formLanguages, type TextsForm } from '../lib/editor-model';
import type { SectionProps } from './EditorPage';

/** The address (on creation) and the languages, the main one first. */
export function LanguagesSection({ form, errors, update, mode }: SectionProps & { mode: 'create' | 'edit' }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const toggle = (lang: Lang, on: boolean) =>
    update((f) => ({ ...f, languages: on ? [...f.languages.filter((l) => l !== lang), lang] : f.languages.filter((l) => l !== lang) }));
  const setMain = (lang: Lang) => update((f) => ({ ...f, languages: [lang, ...f.languages.filter((l) => l !== lang)] }));
  const ordered = formLanguages(form);
  return (
    <section className="editor__section" aria-labelledby="editor-basics-title">
      <h2 id="editor-basics-title">{t('editor.basics')}</h2>
      {mode === 'create' && (
        <Field
          id={fieldId('slug')}
          label={t('editor.slug')}
          hint={t('editor.slugHint')}
          value={form.slug}
          onChange={(v) => update((f) => ({ ...f, slug: v.trim().toLowerCase() }))}
          error={errors.slug}
          autoComplete="off"
          required
        />
      )}
      <fieldset className="field" aria-describedby={errors.languages ? 'editor-languages-error' : undefined}>
        <legend className="field__label">{t('editor.languages')}</legend>
        <div className="checks">
          {LANGS.map((lang, i) => (
            <label key={lang} className="check">
              <input
                type="checkbox"
                id={i === 0 ? fieldId('languages') : `${fieldId('languages')}-${lang}`}
                checked={form.languages.includes(lang)}
                onChange={(e) => toggle(lang, e.target.checked)}
              />
              <span>{t(`languages.${lang}`)}</span>
            </label>
          ))}
        </div>
        {errors.languages && (
          <p className="field__error" id="editor-languages-error">
            {errorText(errors.languages)}
          </p>
        )}
      </fieldset>
      {ordered.length > 1 && (
        <div className="field">
          <label htmlFor="editor-main-language" className="field__label">
            {t('editor.mainLanguage')}
          </label>
          <p className="field__hint" id="editor-main-language-hint">
            {t('editor.mainLanguageHint')}
          </p>
          <select id="editor-main-language" value={ordered[0]} onChange={(e) => setMain(e.target.value as Lang)} aria-describedby="editor-main-language-hint">
            {ordered.map((lang) => (
              <option key={lang} value={lang}>
                {t(`languages.${lang}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

const TEXT_FIELDS: { key: keyof TextsForm; multiline: boolean; rows?: number; required?: boolean }[] = [
  { key: 'title', multiline: false, required: true },
  { key: 'question', multiline: true, rows: 2, required: true },
  { key: 'description', multiline: true, rows: 5 },
  { key: 'rules', multiline: true, rows: 5 },
  { key: 'contact', multiline: true, rows: 2 },
];

/** The conversation's texts, one group of fields per language. */
export function TextsSection({ form, errors, update }: SectionProps) {
  const { t } = useTranslation('staff');
  const set = (lang: Lang, key: keyof TextsForm, value: string) =>
    update((f) => ({ ...f, texts: { ...f.texts, [lang]: { ...f.texts[lang], [key]: value } } }));
  return (
    <section className="editor__section" aria-labelledby="editor-texts-title">
      <h2 id="editor-texts-title">{t('editor.texts')}</h2>
      {formLanguages(form).length === 0 && <p className="hint">{t('editor.chooseLanguage')}</p>}
      {formLanguages(form).map((lang) => (
        <fieldset key={lang} className="editor__group">
          <legend>{t(`editor.textsIn.${lang}`)}</legend>
          {TEXT_FIELDS.map(({ key, multiline, rows, required }) => (
            <Field
              key={key}
              id={fieldId(`${lang}-${key}`)}
              label={t(`editor.${key}`)}
              hint={key === 'rules' ? t('editor.rulesHint') : key === 'description' ? t('editor.descriptionHint') : undefined}
              value={form.texts[lang][key]}
              onChange={(v) => set(lang, key, v)}
              error={errors[`${lang}-${key}`]}
              multiline={multiline}
              rows={rows}
              required={required}
              lang={lang}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
