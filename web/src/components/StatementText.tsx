import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Statement } from '../api/types';
import { useLang } from '../i18n/LangContext';
import { statementIn } from '../lib/localized';

interface Props {
  statement: Pick<Statement, 'text' | 'lang' | 'translations'>;
  id: string;
  className?: string;
  /** Makes the text focusable from script, so focus can move to a new card. */
  textRef?: Ref<HTMLParagraphElement>;
}

/**
 * A statement in the reader's language, with the original one tap away; text without a
 * translation shows in its own language with a tag saying which. Always rendered as text.
 */
export function StatementText({ statement, id, className = 'statement__text', textRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = statementIn(statement, lang);
  const [showOriginal, setShowOriginal] = useState(false);
  const visible = showOriginal && shown.original ? shown.original : shown;
  const langIn = (l: Lang) => t(`languageIn.${l}`);
  return (
    <div className="statement">
      <p id={id} className={className} lang={visible.lang} ref={textRef} tabIndex={textRef ? -1 : undefined}>
        {visible.text}
      </p>
      {shown.original ? (
        <button type="button" className="link-button statement__toggle" aria-controls={id} onClick={() => setShowOriginal(!showOriginal)}>
          {showOriginal ? t('statement.showTranslation') : t('statement.showOriginal', { language: langIn(shown.original.lang) })}
        </button>
      ) : shown.lang !== lang ? (
        <p className="statement__lang-tag">{t('statement.writtenIn', { language: langIn(shown.lang) })}</p>
      ) : null}
    </div>
  );
}
