import { useTranslation } from 'react-i18next';

/** The name of a form field for the error summary, e.g. "Title (Swedish)". */
export function useFieldLabel() {
  const { t } = useTranslation('staff');
  const inLang = (label: string, lang: string) => `${label} (${t(`languages.${lang}`)})`;
  return (field: string): string => {
    let m = /^(fi|sv|en)-(title|question)$/.exec(field);
    if (m) return inLang(t(`editor.${m[2]}`), m[1]!);
    m = /^segment-question-(fi|sv|en)$/.exec(field);
    if (m) return inLang(t('segment.question'), m[1]!);
    m = /^segment-option-(\d+)-(fi|sv|en)$/.exec(field);
    if (m) return inLang(t('segment.option', { number: Number(m[1]) + 1 }), m[2]!);
    switch (field) {
      case 'segment-options':
        return t('segment.options');
      case 'languages':
        return t('editor.languages');
      default:
        return t(`editor.${field}`);
    }
  };
}
