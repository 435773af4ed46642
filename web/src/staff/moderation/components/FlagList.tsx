import type { Lang } from '../../../api/types';
import { normaliseSpan } from '../highlight';
import type { Flag } from '../types';
import { useStaffText } from '../useStaffText';

/** Each flag: the rule it points at, the text that triggered it and why, in the UI's language. */
export function FlagList({ flags, text, textLang, idPrefix }: { flags: readonly Flag[]; text: string; textLang: Lang; idPrefix: string }) {
  const { t, lang } = useStaffText();
  if (flags.length === 0) return null;
  return (
    <section className="flags" aria-labelledby={`${idPrefix}-flags`}>
      <h3 id={`${idPrefix}-flags`} className="queue-item__subheading">
        {t('flags.title', { count: flags.length })}
      </h3>
      <ol className="flags__list">
        {flags.map((flag, index) => {
          const span = normaliseSpan(text, flag.span);
                    const because = flag.reason[lang];
          return (
            <li key={index} id={`${idPrefix}-flag-${index}`} className="flags__item">
              <span className="flags__rule">
                {t('flags.number', { number: index + 1 })} {t(`reasons.${flag.rule}`)}
              </span>
              {span ? (
                <>
                  {' '}
                  <mark className="flag-mark" lang={textLang}>
                    {text.slice(span.start, span.end)}
                  </mark>
                </>
              ) : null}
              <span className="flags__reason">{because}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
