import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, Tally } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatNumber, formatPart, formatShare, groupLetter, votesIn } from '../../Results/components/format';
import { StatementLine } from '../../Results/components/StatementLine';
import { NS } from '../../Results/i18n';
import { answerName } from './segment-label';
import { SortHeader } from './SortHeader';
import { nextSort, sortStatements, type Sort, type SortKey } from './statement-sort';

const none: Tally = { agree: 0, disagree: 0, pass: 0 };

/**
 * Every published statement: all votes, each group's, each segment answer's agree share and the
 * group-informed consensus; sortable by any column.
 */
export function StatementsTable({ report, initialSort = { key: 'votes', dir: 'descending' } }: { report: Report; initialSort?: Sort }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  const [sort, setSort] = useState<Sort>(initialSort);
  const onSort = (key: SortKey) => setSort((s) => nextSort(s, key));
  const rows = sortStatements(report.statements, sort, lang);
  const answers = report.segments?.answers ?? [];
  const header = (key: SortKey, label: string) => <SortHeader key={key} id={key} label={label} sort={sort} onSort={onSort} />;
  const part = (n: number, tally: Tally) => formatPart(n, votesIn(tally), lang);
  return (
    <>
      {answers.length > 0 ? <p>{t('statements.segmentsIntro')}</p> : null}
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
              {report.groups.map((_, i) => header(`group-${i}`, t('statements.group', { letter: groupLetter(i) })))}
              {answers.map((a, i) => header(`segment-${i}`, t('statements.segment', { answer: answerName(a, lang, t('segments.noAnswer')) })))}
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
                <td>{part(s.tally.agree, s.tally)}</td>
                <td>{part(s.tally.disagree, s.tally)}</td>
                <td>{part(s.tally.pass, s.tally)}</td>
                {report.groups.map((g, i) => {
                  const gt = s.byGroup[i] ?? none;
                  return <td key={g.id}>{t('statements.groupCell', { agree: part(gt.agree, gt), disagree: part(gt.disagree, gt) })}</td>;
                })}
                {answers.map((a, i) => {
                  const st = s.bySegment[i] ?? none;
                  // The agree share is shown; how many voted, and the rest of the split, is told to screen readers and on hover.
                  const votes = votesIn(st);
                  const detail = votes === 0
                    ? t('statements.segmentNoVotes')
                    : t('statements.segmentVotes', { count: votes, votes: formatNumber(votes, lang), disagree: part(st.disagree, st), pass: part(st.pass, st) });
                  return (
                    <td key={a.id ?? '-'} title={detail}>
                      {part(st.agree, st)}
                      <span className="visually-hidden">, {detail}</span>
                    </td>
                  );
                })}
                <td>{s.groupInformedConsensus === null ? '–' : formatShare(s.groupInformedConsensus, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
