import { useStaffText } from '../../moderation/useStaffText';
import type { Dashboard } from '../types';
import { StatGrid } from './StatGrid';

/** When the opinion groups were last computed, from how much, and how many groups were found. */
export function MathState({ math }: { math: Dashboard['math'] }) {
  const { t, number, dateTime } = useStaffText();
  return (
    <section aria-labelledby="dash-math" className="dash-section">
      <h2 id="dash-math">{t('dashboard.math')}</h2>
      {math === null ? (
        <p>{t('dashboard.mathNotYet')}</p>
      ) : (
        <StatGrid
          items={[
            { key: 'groups', label: t('dashboard.groups'), value: number(math.groups) },
            { key: 'computedAt', label: t('dashboard.computedAt'), value: dateTime(math.computedAt) },
            { key: 'version', label: t('dashboard.mathVersion'), value: String(math.version) },
            { key: 'participants', label: t('dashboard.mathParticipants'), value: number(math.participants) },
            { key: 'votes', label: t('dashboard.mathVotes'), value: number(math.votes) },
          ]}
        />
      )}
    </section>
  );
}
