import '../../styles/staff-moderation.css';
import '../moderation/i18n';
import { useCallback, useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import type { StaffSession } from '../http';
import { useStaffText } from '../moderation/useStaffText';
import { dashboardApi } from './api';
import { Exports } from './components/Exports';
import { Headline } from './components/Headline';
import { MathState } from './components/MathState';
import { RejectedByReason } from './components/RejectedByReason';
import { ServiceLevel } from './components/ServiceLevel';
import { VotesChart } from './components/VotesChart';
import type { Dashboard, StaffConversationSummary } from './types';

/** The organizer's overview: participation, statements, moderation service level, math, export. */
export default function DashboardPage({ slug }: { slug: string; session: StaffSession }) {
  const { t, dateTime } = useStaffText();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [conversations, setConversations] = useState<StaffConversationSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadedAt, setLoadedAt] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setDashboard(await dashboardApi.dashboard(slug));
      setLoadedAt(new Date().toISOString());
      setError(null);
    } catch (e) {
      setError(e);
    }
    dashboardApi.conversations().then(setConversations, () => setConversations(null));
  }, [slug]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="moderation dashboard">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      {dashboard === null ? (
        error !== null ? (
          <ErrorMessage error={error} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <div className="queue-toolbar">
            <p className="hint">{loadedAt ? t('dashboard.loadedAt', { time: dateTime(loadedAt) }) : ''}</p>
            <button type="button" className="button button--small" onClick={() => void load()}>
              {t('dashboard.refresh')}
            </button>
          </div>
          <Headline dashboard={dashboard} />
          <RejectedByReason statements={dashboard.statements} />
          <ServiceLevel stats={dashboard.moderation} conversations={conversations} />
          <VotesChart days={dashboard.votesOverTime} />
          <MathState math={dashboard.math} />
          <Exports slug={slug} />
        </>
      )}
    </div>
  );
}
