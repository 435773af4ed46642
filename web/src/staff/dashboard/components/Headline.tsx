import { useStaffText } from '../../moderation/useStaffText';
import type { Dashboard } from '../types';
import { StatGrid } from './StatGrid';

/** Participants, votes and statements in numbers. */
export function Headline({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, number } = useStaffText();
  const s = d.statements;
  return (
    <section aria-labelledby="dash-numbers" className="dash-section">
      <h2 id="dash-numbers">{t('dashboard.numbers')}</h2>
      <StatGrid
        items={[
          { key: 'participants', label: t('dashboard.participants'), value: number(d.participants) },
          { key: 'voters', label: t('dashboard.voters'), value: number(d.voters) },
          { key: 'votes', label: t('dashboard.votes'), value: number(d.votes) },
          { key: 'submitted', label: t('dashboard.submitted'), value: number(s.submitted) },
          { key: 'published', label: t('dashboard.published'), value: number(s.published) },
          { key: 'pending', label: t('dashboard.pending'), value: number(s.pending) },
          { key: 'rejected', label: t('dashboard.rejected'), value: number(s.rejected) },
          { key: 'withdrawn', label: t('dashboard.withdrawn'), value: number(s.withdrawn) },
        ]}
      />
    </section>
  );
}
