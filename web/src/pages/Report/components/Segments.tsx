import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatNumber, formatPart, votesIn } from '../../Results/components/format';
import { NS } from '../../Results/i18n';
import { answerName, labelIn } from './segment-label';

/**
 * Votes broken down by the answer to the segment question ("I take part as…"). Each statement by
 * answer is in the sortable table of all statements, so it is not repeated here.
 */
export function Segments({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const id = useId();
  const segments = report.segments;
  if (!segments) return <p>{t('segments.none')}</p>;
  return (
    <>
      {segments.question ? <p>{t('segments.question', { question: labelIn(segments.question, lang) })}</p> : null}
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
                <th scope="row">{answerName(a, lang, t('segments.noAnswer'))}</th>
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
      <p>{t('segments.inStatements', { section: t('sections.statements') })}</p>
    </>
  );
}
