import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { NS } from '../i18n';
import { formatPart, votesIn } from './format';

/**
 * Agree / disagree / pass shares as a stacked bar with the numbers written out beside it: the bar is
 * decoration, the text carries the meaning.
 */
export function ShareBar({ tally, label }: { tally: Tally; label: string }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const n = votesIn(tally);
  const w = (part: number) => (n === 0 ? 0 : Math.round((part / n) * 1000) / 10);
  const a = w(tally.agree), d = w(tally.disagree);
  return (
    <div className="share">
      <span className="share__label">{label}</span>
      <svg className="share__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="share__agree" x="0" y="0" width={a} height="6" />
        <rect className="share__disagree" x={a} y="0" width={d} height="6" />
        <rect className="share__pass" x={a + d} y="0" width={Math.max(0, 100 - a - d)} height="6" />
      </svg>
      <span className="share__text">
        {t('share.text', {
          agree: formatPart(tally.agree, n, lang),
          disagree: formatPart(tally.disagree, n, lang),
          pass: formatPart(tally.pass, n, lang),
        })}{' '}
        <span className="share__votes">{t('share.votes', { count: n })}</span>
      </span>
    </div>
  );
}
