import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { formatStart, formatUntil } from '../../../lib/dates';
import { Link } from '../../../router/Link';
import { paths } from '../../../router/routes';

/** Why no statements can be written now, and what one can still do. */
export function WritingClosed({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { phase, schedule, settings } = conversation;
  let reason: string;
  if (!settings.participantsMayWrite) reason = t('errors.writing_disabled');
  else if (phase === 'draft') reason = schedule.opensAt ? t('phase.opensAt', { date: formatStart(schedule.opensAt, lang) }) : t('phase.notOpen');
  else if (schedule.statementsCloseAt) reason = t('write.closedOn', { date: formatUntil(schedule.statementsCloseAt, lang) });
  else reason = t('errors.statements_closed');
  return (
    <div className="message message--info" role="status">
      <p>{reason}</p>
      {phase === 'voting_only' && (
        <p>
          <Link href={paths.conversation(lang, conversation.id)}>{t('write.stillVote')}</Link>
        </p>
      )}
    </div>
  );
}
