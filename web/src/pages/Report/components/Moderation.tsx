import { useTranslation } from 'react-i18next';
import type { Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatNumber, formatShare } from '../../Results/components/format';
import { NS } from '../../Results/i18n';

const REASONS = ['names_person', 'offensive', 'off_topic', 'false_claim', 'duplicate', 'other'] as const;

/** What moderation did: statements rejected per rule, and the service level it achieved. */
export function Moderation({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const s = report.headline.statements;
  const sl = report.serviceLevel;
  return (
    <>
      <p>{t('moderation.summary', { submitted: formatNumber(s.submitted, lang), published: formatNumber(s.published, lang), rejected: formatNumber(s.rejected, lang), pending: formatNumber(s.pending, lang) })}</p>
      <table className="data-table">
        <caption>{t('moderation.reasonsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('moderation.reason')}</th>
            <th scope="col">{t('moderation.count')}</th>
          </tr>
        </thead>
        <tbody>
          {REASONS.map((r) => (
            <tr key={r}>
              <th scope="row">{t(`moderation.reasons.${r}`)}</th>
              <td>{formatNumber(s.rejectedByReason[r], lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('moderation.serviceTitle')}</h3>
      {sl.decided === 0 ? (
        <p>{t('moderation.noDecisions')}</p>
      ) : (
        <dl className="figures">
          <div className="figures__item">
            <dt>{t('moderation.withinTarget', { hours: sl.targetHours })}</dt>
            <dd>{sl.withinTargetShare === null ? '–' : formatShare(sl.withinTargetShare, lang)}</dd>
          </div>
          <div className="figures__item">
            <dt>{t('moderation.median')}</dt>
            <dd>{sl.medianHoursToDecision === null ? '–' : t('moderation.hours', { hours: formatNumber(sl.medianHoursToDecision, lang, 1) })}</dd>
          </div>
          <div className="figures__item">
            <dt>{t('moderation.decided')}</dt>
            <dd>{formatNumber(sl.decided, lang)}</dd>
          </div>
          <div className="figures__item">
            <dt>{t('moderation.overdue')}</dt>
            <dd>{formatNumber(sl.overdue, lang)}</dd>
          </div>
        </dl>
      )}
      <p>{t('moderation.serviceExplained', { hours: sl.targetHours })}</p>
    </>
  );
}
