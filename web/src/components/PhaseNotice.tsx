import { useTranslation } from 'react-i18next';
import type { Conversation } from '../api/types';
import { useLang } from '../i18n/LangContext';
import { formatStart, formatUntil } from '../lib/dates';

/** What one can do now and until when: "Voit lisätä väitteitä 25.1. asti." */
export function usePhaseLines(conversation: Conversation): string[] {
  const { t } = useTranslation();
  const lang = useLang();
  const { phase, schedule, settings } = conversation;
  const until = (iso: string | null) => (iso ? formatUntil(iso, lang) : null);
  const writeUntil = until(schedule.statementsCloseAt);
  const voteUntil = until(schedule.closesAt);
  switch (phase) {
    case 'draft':
      return [schedule.opensAt ? t('phase.opensAt', { date: formatStart(schedule.opensAt, lang) }) : t('phase.notOpen')];
    case 'open':
      return [
        ...(settings.participantsMayWrite ? [writeUntil ? t('phase.writeUntil', { date: writeUntil }) : t('phase.writeOpen')] : []),
        voteUntil ? t('phase.voteUntil', { date: voteUntil }) : t('phase.voteOpen'),
      ];
    case 'voting_only':
      return [
        ...(settings.participantsMayWrite ? [t('phase.writingClosed')] : []),
        voteUntil ? t('phase.voteUntil', { date: voteUntil }) : t('phase.voteOpen'),
      ];
    case 'closed':
      return [t('phase.closed')];
  }
}

export function PhaseNotice({ conversation }: { conversation: Conversation }) {
  const lines = usePhaseLines(conversation);
  return (
    <p className={`phase phase--${conversation.phase}`}>
      <svg className="phase__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3.5" y="5" width="17" height="15" rx="2" />
        <path d="M3.5 10h17M8 3v4M16 3v4" />
      </svg>
      <span>{lines.join(' ')}</span>
    </p>
  );
}
