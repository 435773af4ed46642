import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Report, ReportStatement, Tally } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { statementIn } from '../../../lib/localized';
import { formatNumber, formatPart, formatShare, groupLetter, votesIn } from '../../Results/components/format';
import { StatementLine } from '../../Results/components/StatementLine';
import { NS } from '../../Results/i18n';

type Key = 'text' | 'votes' | 'agree' | 'disagree' | 'pass' | 'gic' | `group-${number}`;
type Direction = 'ascending' | 'descending';

const share = (part: number, t: Tally) => (votesIn(t) === 0 ? -1 : part / votesIn(t));

function sortValue(s: ReportStatement, key: Key, lang: Lang): number | string {
  switch (key) {
    case 'text':
      return statementIn({ text: s.text, lang: s.lang, translations: s.translations as Record<Lang, string> }, lang).text.toLocaleLowerCase(lang);
    case 'votes':
      return votesIn(s.tally);
    case 'agree':
      return s.agreeShare;
    case 'disagree':
      return s.disagreeShare;
    case 'pass':
      return s.passShare;
    case 'gic':
      return s.groupInformedConsensus ?? -1;
    default: {
      const t = s.byGroup[Number(key.slice(6))];
      return t ? share(t.agree, t) : -1;
    }
  }
}

/** A column header that sorts the table; the sorted column says so with aria-sort. */
function SortHeader({ id, label, sort, onSort }: { id: Key; label: string; sort: { key: Key; dir: Direction }; onSort: (key: Key) => void }) {
  const active = sort.key === id;
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(id)}>
        {label}
        <svg className="sort-button__icon" viewBox="0 0 10 12" width="10" height="12" aria-hidden="true" focusable="false">
          {!active || sort.dir === 'ascending' ? <path d="M5 1l4 4H1z" /> : null}
          {!active || sort.dir === 'descending' ? <path d="M5 11l4-4H1z" /> : null}
        </svg>
      </button>
    </th>
  );
}

/** Every published statement: all votes, each group's, and the group-informed consensus; sortable. */
export function StatementsTable({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  const [sort, setSort] = useState<{ key: Key; dir: Direction }>({ key: 'votes', dir: 'descending' });
  const onSort = (key: Key) =>
    setSort((s) => ({ key, dir: s.key === key ? (s.dir === 'ascending' ? 'descending' : 'ascending') : key === 'text' ? 'ascending' : 'descending' }));
  const rows = [...report.statements].sort((a, b) => {
    const va = sortValue(a, sort.key, lang), vb = sortValue(b, sort.key, lang);
    const c = typeof va === 'string' ? va.localeCompare(vb as string, lang) : va - (vb as number);
    return (sort.dir === 'ascending' ? c : -c) || (a.id < b.id ? -1 : 1);
  });
  const header = (key: Key, label: string) => <SortHeader id={key} label={label} sort={sort} onSort={onSort} />;
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-c`} tabIndex={0}>
      <table className="data-table statements-table">
        <caption id={`${id}-c`}>
          {t('statements.caption', { count: report.statements.length })}
          <span className="visually-hidden">{t('statements.sortHint')}</span>
        </caption>
        <thead>
          <tr>
            {header('text', t('statements.statement'))}
            {header('votes', t('statements.votes'))}
            {header('agree', t('statements.agree'))}
            {header('disagree', t('statements.disagree'))}
            {header('pass', t('statements.pass'))}
            {report.groups.map((g, i) => (
              <SortHeader key={g.id} id={`group-${i}`} label={t('statements.group', { letter: groupLetter(i) })} sort={sort} onSort={onSort} />
            ))}
            {header('gic', t('statements.gic'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="statements-table__text">
                <StatementLine statement={s} />
              </th>
              <td>{formatNumber(votesIn(s.tally), lang)}</td>
              <td>{formatPart(s.tally.agree, votesIn(s.tally), lang)}</td>
              <td>{formatPart(s.tally.disagree, votesIn(s.tally), lang)}</td>
              <td>{formatPart(s.tally.pass, votesIn(s.tally), lang)}</td>
              {report.groups.map((g, i) => {
                const gt = s.byGroup[i] ?? { agree: 0, disagree: 0, pass: 0 };
                return (
                  <td key={g.id}>
                    {t('statements.groupCell', { agree: formatPart(gt.agree, votesIn(gt), lang), disagree: formatPart(gt.disagree, votesIn(gt), lang) })}
                  </td>
                );
              })}
              <td>{s.groupInformedConsensus === null ? '–' : formatShare(s.groupInformedConsensus, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
