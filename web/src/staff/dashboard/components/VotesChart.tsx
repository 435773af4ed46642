import { useStaffText } from '../../moderation/useStaffText';
import { layoutBars } from '../chart';
import type { DayActivity } from '../types';
import { TableWrap } from './TableWrap';

const W = 640;
const H = 220;
const M = { top: 12, right: 8, bottom: 28, left: 48 };

/** "19.1." in Finnish, "19 jan." in Swedish, "19 Jan" in English: a Helsinki calendar day. */
function useDayLabel() {
  const { lang, locale } = useStaffText();
  return (day: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: lang === 'fi' ? 'numeric' : 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** Votes per day as bars, with the same figures in a table for screen readers and for reading. */
export function VotesChart({ days }: { days: DayActivity[] }) {
  const { t, number } = useStaffText();
  const dayLabel = useDayLabel();
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const { bars, ticks } = layoutBars(days, plotW, plotH);
  const busiest = days.reduce<DayActivity | null>((best, d) => (!best || d.votes > best.votes ? d : best), null);
  const total = days.reduce((sum, d) => sum + d.votes, 0);
  return (
    <section aria-labelledby="dash-votes" className="dash-section">
      <h2 id="dash-votes">{t('dashboard.votesOverTime')}</h2>
      {days.length === 0 ? (
        <p>{t('dashboard.noVotes')}</p>
      ) : (
        <>
          <figure className="chart">
            <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="votes-chart-title votes-chart-desc" focusable="false">
              <title id="votes-chart-title">{t('dashboard.chartTitle')}</title>
              <desc id="votes-chart-desc">
                {t('dashboard.chartSummary', {
                  total: number(total),
                  from: dayLabel(days[0]!.day),
                  to: dayLabel(days.at(-1)!.day),
                  busiest: busiest ? dayLabel(busiest.day) : '',
                  most: number(busiest?.votes ?? 0),
                })}
              </desc>
              <g transform={`translate(${M.left} ${M.top})`}>
                {ticks.map((tick) => (
                  <g key={tick.value}>
                    <line className="chart__grid" x1={0} x2={plotW} y1={tick.y} y2={tick.y} />
                    <text className="chart__label" x={-8} y={tick.y} textAnchor="end" dominantBaseline="middle">
                      {number(tick.value)}
                    </text>
                  </g>
                ))}
                {bars.map((b) => (
                  <rect key={b.day} className="chart__bar" x={b.x} y={b.y} width={b.width} height={b.height} />
                ))}
                <line className="chart__axis" x1={0} x2={plotW} y1={plotH} y2={plotH} />
                <text className="chart__label" x={0} y={plotH + 20} textAnchor="start">
                  {dayLabel(days[0]!.day)}
                </text>
                {days.length > 1 && (
                  <text className="chart__label" x={plotW} y={plotH + 20} textAnchor="end">
                    {dayLabel(days.at(-1)!.day)}
                  </text>
                )}
              </g>
            </svg>
            <figcaption className="hint">{t('dashboard.chartCaption')}</figcaption>
          </figure>
          <details className="disclosure">
            <summary>{t('dashboard.showTable')}</summary>
            <TableWrap labelledBy="votes-table-caption">
              <table className="data-table">
                <caption id="votes-table-caption" className="visually-hidden">{t('dashboard.chartTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.day')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.votes')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.newVoters')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.newStatements')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{dayLabel(d.day)}</th>
                      <td className="num">{number(d.votes)}</td>
                      <td className="num">{number(d.participants)}</td>
                      <td className="num">{number(d.statements)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </details>
        </>
      )}
    </section>
  );
}
