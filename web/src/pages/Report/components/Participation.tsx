import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Report } from '../../../api/types';
import { LOCALES } from '../../../i18n/langs';
import { useLang } from '../../../i18n/LangContext';
import { formatDay, formatNumber } from '../../Results/components/format';
import { NS } from '../../Results/i18n';

const W = 600;
const H = 200;
const PAD_L = 64;
const PAD_B = 28;

/** Days at most shown one by one; a longer conversation is shown per month. */
const MAX_DAYS = 92;

interface Row {
  key: string;
  label: string;
  short: string;
  votes: number;
  newVoters: number;
  statements: number;
}

function rowsOf(days: Report['participation'], lang: Lang): { unit: 'day' | 'month'; rows: Row[] } {
  if (days.length <= MAX_DAYS) {
    return { unit: 'day', rows: days.map((d) => ({ ...d, key: d.day, label: formatDay(d.day, lang), short: formatDay(d.day, lang, true) })) };
  }
  const months = new Map<string, Row>();
  for (const d of days) {
    const key = d.day.slice(0, 7);
    const date = new Date(`${key}-15T12:00:00Z`);
    const row = months.get(key) ?? {
      key,
      label: new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date),
      short: new Intl.DateTimeFormat(LOCALES[lang], { month: 'numeric', year: '2-digit', timeZone: 'UTC' }).format(date),
      votes: 0, newVoters: 0, statements: 0,
    };
    row.votes += d.votes;
    row.newVoters += d.newVoters;
    row.statements += d.statements;
    months.set(key, row);
  }
  return { unit: 'month', rows: [...months.values()] };
}

/** Votes per Helsinki day (or month, for a long conversation) as bars, and the same figures in a table. */
export function Participation({ days: dayList }: { days: Report['participation'] }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  if (dayList.length === 0) return <p>{t('participation.none')}</p>;
  const { unit, rows: days } = rowsOf(dayList, lang);
  const max = Math.max(1, ...days.map((d) => d.votes));
  const slot = (W - PAD_L) / days.length;
  const bar = Math.max(1, slot * 0.8);
  const busiest = days.reduce((a, b) => (b.votes > a.votes ? b : a));
  const total = days.reduce((n, d) => n + d.votes, 0);
  // Label at most about eight bars on the axis.
  const every = Math.ceil(days.length / 8);
  return (
    <>
      <figure className="chart">
        <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
          <title id={`${id}-t`}>{t(`participation.chartTitle.${unit}`)}</title>
          <desc id={`${id}-d`}>
            {t(`participation.chartDesc.${unit}`, {
              first: days[0]!.label,
              last: days[days.length - 1]!.label,
              total: formatNumber(total, lang),
              busiest: busiest.label,
              most: formatNumber(busiest.votes, lang),
            })}
          </desc>
          <line className="chart__axis" x1={PAD_L} y1={H - PAD_B} x2={W} y2={H - PAD_B} />
          <text className="chart__tick" x={PAD_L - 4} y={14} textAnchor="end">
            {formatNumber(max, lang)}
          </text>
          <text className="chart__tick" x={PAD_L - 4} y={H - PAD_B} textAnchor="end">
            0
          </text>
          {days.map((d, i) => {
            const h = ((H - PAD_B - 8) * d.votes) / max;
            const x = PAD_L + i * slot + (slot - bar) / 2;
            return (
              <g key={d.key}>
                <rect className="chart__bar" x={Math.round(x * 10) / 10} y={Math.round((H - PAD_B - h) * 10) / 10} width={Math.round(bar * 10) / 10} height={Math.round(h * 10) / 10} />
                {i % every === 0 ? (
                  <text className="chart__tick" x={Math.round((x + bar / 2) * 10) / 10} y={H - 6} textAnchor="middle">
                    {d.short}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </figure>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-c`} tabIndex={0}>
        <table className="data-table">
          <caption id={`${id}-c`}>{t(`participation.tableCaption.${unit}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`participation.${unit}`)}</th>
              <th scope="col">{t('participation.votes')}</th>
              <th scope="col">{t('participation.newVoters')}</th>
              <th scope="col">{t('participation.statements')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td>{formatNumber(d.votes, lang)}</td>
                <td>{formatNumber(d.newVoters, lang)}</td>
                <td>{formatNumber(d.statements, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
