import { useTranslation } from 'react-i18next';
import type { Lang } from '../../api/types';
import { Field, useFieldErrorText } from '../components/Field';
import { fieldId, formLanguages, newOptionId } from '../lib/editor-model';
import type { SectionProps } from './EditorPage';

const EMPTY_LABEL: Record<Lang, string> = { fi: '', sv: '', en: '' };

/** The optional "I take part as" question and its answers, in every language of the conversation. */
export function SegmentSection({ form, errors, update }: SectionProps) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const langs = formLanguages(form);
  const setLabel = (index: number, lang: Lang, value: string) =>
    update((f) => ({ ...f, segmentOptions: f.segmentOptions.map((o, i) => (i === index ? { ...o, label: { ...o.label, [lang]: value } } : o)) }));
  const remove = (index: number) => {
    update((f) => ({ ...f, segmentOptions: f.segmentOptions.filter((_, i) => i !== index) }));
    window.setTimeout(() => document.getElementById(fieldId('segment-options'))?.focus());
  };
  const add = () => {
    const index = form.segmentOptions.length;
    update((f) => ({ ...f, segmentOptions: [...f.segmentOptions, { id: newOptionId(f.segmentOptions), label: { ...EMPTY_LABEL } }] }));
    window.setTimeout(() => document.getElementById(fieldId(`segment-option-${index}-${langs[0]}`))?.focus());
  };
  return (
    <section className="editor__section" aria-labelledby="editor-segment-title">
      <h2 id="editor-segment-title">{t('segment.title')}</h2>
      <p className="hint">{t('segment.intro')}</p>
      <label className="check check--block">
        <input type="checkbox" checked={form.segmentEnabled} onChange={(e) => update((f) => ({ ...f, segmentEnabled: e.target.checked }))} />
        <span>{t('segment.enabled')}</span>
      </label>
      {form.segmentEnabled && (
        <>
          {langs.map((lang) => (
            <Field
              key={lang}
              id={fieldId(`segment-question-${lang}`)}
              label={`${t('segment.question')} (${t(`languages.${lang}`)})`}
              value={form.segmentQuestion[lang]}
              onChange={(v) => update((f) => ({ ...f, segmentQuestion: { ...f.segmentQuestion, [lang]: v } }))}
              error={errors[`segment-question-${lang}`]}
              lang={lang}
              required
            />
          ))}
          <ol className="segment-options">
            {form.segmentOptions.map((option, index) => (
              <li key={option.id}>
                <fieldset className="editor__group">
                  <legend>{t('segment.option', { number: index + 1 })}</legend>
                  {langs.map((lang) => (
                    <Field
                      key={lang}
                      id={fieldId(`segment-option-${index}-${lang}`)}
                      label={t(`languages.${lang}`)}
                      value={option.label[lang]}
                      onChange={(v) => setLabel(index, lang, v)}
                      error={errors[`segment-option-${index}-${lang}`]}
                      lang={lang}
                      required
                    />
                  ))}
                  <button type="button" className="button button--small" onClick={() => remove(index)}>
                    {t('segment.remove', { number: index + 1 })}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          <button
            type="button"
            id={fieldId('segment-options')}
            className="button button--small"
            onClick={add}
            aria-describedby={errors['segment-options'] ? 'segment-options-error' : undefined}
          >
            {t('segment.add')}
          </button>
          {errors['segment-options'] && (
            <p className="field__error" id="segment-options-error">
              {errorText(errors['segment-options'])}
            </p>
          )}
        </>
      )}
    </section>
  );
}
