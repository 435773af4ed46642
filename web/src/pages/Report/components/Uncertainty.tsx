import { useTranslation } from 'react-i18next';
import type { Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatShare } from '../../Results/components/format';
import { ShareBar } from '../../Results/components/ShareBar';
import { StatementLine } from '../../Results/components/StatementLine';
import { NS } from '../../Results/i18n';

/** Statements people could not decide on (many passes) or too few voted on. */
export function Uncertainty({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const d = report.uncertainty.definition;
  const byId = new Map(report.statements.map((s) => [s.id, s]));
  return (
    <>
      <p>
        {t('uncertainty.definition', { share: formatShare(d.minPassShare, lang), min: d.minVotesForPassShare, few: d.fewVotesBelow })}
      </p>
      {report.uncertainty.statements.length === 0 ? (
        <p>{t('uncertainty.none')}</p>
      ) : (
        <ul className="result-statements">
          {report.uncertainty.statements.map((u) => {
            const s = byId.get(u.statementId);
            return (
              <li key={u.statementId} className="result-statement">
                <p className="result-statement__lead">
                  <span className="direction direction--pass">{t(`uncertainty.reason.${u.reason}`)}</span> <StatementLine statement={s} />
                </p>
                {s ? <ShareBar tally={s.tally} label={t('consensus.everyone')} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
