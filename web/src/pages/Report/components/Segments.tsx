import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatNumber, formatPart, votesIn } from '../../Results/components/format';
import { StatementLine } from '../../Results/components/StatementLine';
import { NS } from '../../Results/i18n';

const label = (labels: Record<string, string> | null, lang: Lang) => (labels ? (labels[lang] ?? Object.values(labels)[0] ?? '') : '');

/** Votes broken down by the answer to the segment question ("I take part as…"). */
export function Segments({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  const segments = report.segments;
  if (!segments) return <p>{t('segments.none')}</p>;
  const name = (a: NonNullable<Report['segments']>['answers'][number]) =>
    a.id === null ? t('segments.noAnswer') : label(a.label, lang) || a.id;
  return (
    <>
      {segments.question ? <p>{t('segments.question', { question: label(segments.question, lang) })}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-a`} tabIndex={0}>
        <table className="data-table">
          <caption id={`${id}-a`}>{t('segments.answersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('segments.answer')}</th>
              <th scope="col">{t('segments.participants')}</th>
              <th scope="col">{t('segments.votes')}</th>
              <th scope="col">{t('statements.agree')}</th>
              <th scope="col">{t('statements.disagree')}</th>
              <th scope="col">{t('statements.pass')}</th>
            </tr>
          </thead>
          <tbody>
            {segments.answers.map((a) => (
              <tr key={a.id ?? '-'}>
                <th scope="row">{name(a)}</th>
                <td>{formatNumber(a.participants, lang)}</td>
                <td>{formatNumber(votesIn(a.tally), lang)}</td>
                <td>{formatPart(a.tally.agree, votesIn(a.tally), lang)}</td>
                <td>{formatPart(a.tally.disagree, votesIn(a.tally), lang)}</td>
                <td>{formatPart(a.tally.pass, votesIn(a.tally), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-s`} tabIndex={0}>
        <table className="data-table statements-table">
          <caption id={`${id}-s`}>{t('segments.statementsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statements.statement')}</th>
              {segments.answers.map((a) => (
                <th scope="col" key={a.id ?? '-'}>
                  {name(a)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.statements.map((s) => (
              <tr key={s.id}>
                <th scope="row" className="statements-table__text">
                  <StatementLine statement={s} />
                </th>
                {segments.answers.map((a, i) => {
                  const st = s.bySegment[i] ?? { agree: 0, disagree: 0, pass: 0 };
                  return (
                    <td key={a.id ?? '-'}>
                      {t('statements.groupCell', { agree: formatPart(st.agree, votesIn(st), lang), disagree: formatPart(st.disagree, votesIn(st), lang) })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
