import { useTranslation } from 'react-i18next';
import type { Report } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatShare } from '../../Results/components/format';
import { NS } from '../../Results/i18n';

/** How the results were computed, in plain language. */
export function Method({ report }: { report: Report }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const d = report.uncertainty.definition;
  const paragraphs = [
    t('method.votes'),
    t('method.groups', { min: report.snapshot?.placeMinVotes ?? 7 }),
    t('method.representative'),
    t('method.consensus'),
    t('method.gic'),
    t('method.divisive', { min: report.snapshot?.divisiveMinVotesPerGroup ?? 0 }),
    t('method.uncertainty', { share: formatShare(d.minPassShare, lang), min: d.minVotesForPassShare, few: d.fewVotesBelow }),
    // What readers are told about review must match the conversation's moderation mode.
    t(`method.service.${report.conversation.settings.moderation}`),
    t('method.polis'),
  ];
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </>
  );
}
