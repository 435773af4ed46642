import type { Nearest } from '../types';
import { formatShare } from '../working-hours';
import { useStaffText } from '../useStaffText';

/** The statements nearest in meaning, in any language, with their similarity and status. */
export function NearestList({ nearest, idPrefix, likelyDuplicate }: { nearest: readonly Nearest[]; idPrefix: string; likelyDuplicate: boolean }) {
  const { t, locale } = useStaffText();
  return (
    <section className="nearest" aria-labelledby={`${idPrefix}-nearest`}>
      <h3 id={`${idPrefix}-nearest`} className="queue-item__subheading">
        {t('nearest.title')}
      </h3>
      {nearest.length === 0 ? (
        <p className="hint">{t('nearest.none')}</p>
      ) : (
        <>
          {likelyDuplicate && <p className="badge badge--warning">{t('nearest.likelyDuplicate')}</p>}
          <ol className="nearest__list">
            {nearest.map((n) => (
              <li key={n.statementId} className="nearest__item">
                <span className="nearest__score">{t('nearest.score', { score: formatShare(n.score, locale) })}</span>
                <span className="nearest__text" lang={n.lang}>
                  {n.text}
                </span>
                <span className="nearest__meta">
                  {t(`languageName.${n.lang}`)}
                  {n.status ? ` · ${t(`status.${statusKey(n.status)}`)}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export const statusKey = (status: string) => (['pending', 'published', 'rejected', 'withdrawn'].includes(status) ? status : 'unknown');
