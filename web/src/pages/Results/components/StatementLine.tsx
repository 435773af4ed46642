import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { statementIn } from '../../../lib/localized';

export interface StatementTexts {
  text: string;
  lang: Lang;
  translations: Partial<Record<string, string>>;
}

/** A statement's text in the reader's language when it has one (always as text, never markup). */
export function StatementLine({ statement, className = 'result-statement__text' }: { statement: StatementTexts | undefined; className?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!statement) return <span className={className}>…</span>;
  const shown = statementIn({ text: statement.text, lang: statement.lang, translations: statement.translations as Record<Lang, string> }, lang);
  return (
    <span className={className}>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.lang !== lang ? <span className="result-statement__lang"> ({t(`languageIn.${shown.lang}`)})</span> : null}
    </span>
  );
}
