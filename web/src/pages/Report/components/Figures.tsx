import { useTranslation } from 'react-i18next';
import type { Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatNumber } from '../../Results/components/format';
import { NS } from '../../Results/i18n';

/** Headline figures: who took part, how much, and what happened to the statements. */
export function Figures({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const h = report.headline;
  const rows: [string, number][] = [
    [t('figures.participants'), h.participants],
    [t('figures.voters'), h.voters],
    [t('figures.votes'), h.votes],
    [t('figures.voteEvents'), h.voteEvents],
    [t('figures.statements'), h.statements.total],
    [t('figures.seed'), h.statements.seed],
    [t('figures.submitted'), h.statements.submitted],
    [t('figures.published'), h.statements.published],
    [t('figures.rejected'), h.statements.rejected],
    [t('figures.pending'), h.statements.pending],
    [t('figures.grouped'), report.snapshot?.inConv ?? 0],
  ];
  return (
    <dl className="figures">
      {rows.map(([label, value]) => (
        <div key={label} className="figures__item">
          <dt>{label}</dt>
          <dd>{formatNumber(value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
