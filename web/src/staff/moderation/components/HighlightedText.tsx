import { Fragment } from 'react';
import type { Lang } from '../../../api/types';
import { highlightSegments } from '../highlight';
import type { Flag } from '../types';
import { useStaffText } from '../useStaffText';

/**
 * The statement with each flag's text marked and numbered; the number is the flag's in the list below,
 * which gives its reason. Participant text is rendered as text, never as HTML.
 */
export function HighlightedText({ text, lang, flags }: { text: string; lang: Lang; flags: readonly Flag[] }) {
  const { t, lang: uiLang } = useStaffText();
  const segments = highlightSegments(
    text,
    flags.map((f) => f.span),
  );
  return (
    <p className="queue-item__text" lang={lang}>
      {segments.map((s) =>
        s.flags.length === 0 ? (
          <Fragment key={s.start}>{s.text}</Fragment>
        ) : (
          <Fragment key={s.start}>
            <mark className="flag-mark">{s.text}</mark>
            {s.endingFlags.map((index) => (
              <sup key={index} className="flag-ref" lang={uiLang}>
                <span aria-hidden="true">{index + 1}</span>
                <span className="visually-hidden"> {t('flags.refLabel', { number: index + 1 })} </span>
              </sup>
            ))}
          </Fragment>
        ),
      )}
    </p>
  );
}
