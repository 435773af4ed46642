import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Conversation } from '../../api/types';
import { ConversationShell } from '../../components/ConversationShell';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { formatUntil } from '../../lib/dates';
import { resultsVisible } from '../../lib/results';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import '../../styles/results.css';
import { ConsensusList } from './components/ConsensusList';
import { DivisiveList } from './components/DivisiveList';
import { formatDateTime, formatNumber } from './components/format';
import { GroupList } from './components/GroupList';
import { OpinionMap } from './components/OpinionMap';
import { useLive } from './components/useLive';
import { YouSection } from './components/YouSection';
import { NS } from './i18n';

async function loadAll(slug: string) {
  const [results, me, statements] = await Promise.all([api.results(slug), api.myResults(slug), api.statements(slug)]);
  return { results, me, statements: new Map(statements.map((s) => [s.id, s])) };
}

/** When the results are not shown yet: when they will be. */
function NotYet({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const { resultsVisibility } = conversation.settings;
  const closes = conversation.schedule.closesAt;
  return (
    <p className="message">
      {resultsVisibility === 'after'
        ? closes
          ? t('notYet.afterOn', { date: formatUntil(closes, lang) })
          : t('notYet.after')
        : resultsVisibility === 'staff_only'
          ? t('notYet.staffOnly')
          : t('notYet.draft')}
    </p>
  );
}

function ResultsView({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const slug = conversation.id;
  const visible = resultsVisible(conversation) && conversation.phase !== 'draft';
  const state = useLive(slug, () => loadAll(slug), visible);
  if (!visible) return <NotYet conversation={conversation} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  const { results, me, statements } = state.value;
  const textOf = (id: string) => statements.get(id);
  const reportLink = (
    <p className="results__report-link">
      <Link href={paths.report(lang, slug)}>{t('results.reportLink')}</Link>
    </p>
  );
  if (!results) {
    return (
      <>
        <p className="message">{t('results.none')}</p>
        {reportLink}
      </>
    );
  }
  const groupIndex = (id: number) => results.groups.findIndex((g) => g.id === id);
  const tallies = new Map(results.tallies.map((x) => [x.statementId, x]));
  const grouped = results.groups.reduce((n, g) => n + g.size, 0);
  const you =
    me.status === 'placed' || me.status === 'no_groups'
      ? { ...me.position, groupIndex: me.status === 'placed' ? groupIndex(me.groupId) : null }
      : null;

  return (
    <>
      <p className="results__meta">
        {t('results.meta', { participants: formatNumber(results.participants, lang), grouped: formatNumber(grouped, lang), time: formatDateTime(results.computedAt, lang) })}
      </p>
      {reportLink}
      <section aria-labelledby="results-you" className="results-section">
        <h2 id="results-you">{t('you.title')}</h2>
        <YouSection me={me} groupIndex={groupIndex} slug={slug} textOf={textOf} />
      </section>
      <section aria-labelledby="results-groups" className="results-section">
        <h2 id="results-groups">{t('groups.title')}</h2>
        <p>{t('groups.intro', { count: results.groups.length })}</p>
        <GroupList groups={results.groups} grouped={grouped} textOf={textOf} />
      </section>
      <section aria-labelledby="results-map" className="results-section">
        <h2 id="results-map">{t('map.heading')}</h2>
        <p>{t('map.intro')}</p>
        <OpinionMap map={results.map} groups={results.groups} you={you} />
      </section>
      <section aria-labelledby="results-consensus" className="results-section">
        <h2 id="results-consensus">{t('consensus.title')}</h2>
        <p>{t('consensus.intro')}</p>
        <ConsensusList
          agree={results.consensus.agree}
          disagree={results.consensus.disagree}
          tallyOf={(id) => tallies.get(id)}
          textOf={textOf}
        />
      </section>
      <section aria-labelledby="results-divisive" className="results-section">
        <h2 id="results-divisive">{t('divisive.title')}</h2>
        <p>{t('divisive.intro', { min: results.method.divisiveMinVotesPerGroup })}</p>
        <DivisiveList items={results.divisive} textOf={textOf} />
      </section>
    </>
  );
}

/** The conversation's results for participants: groups, the reader's place, consensus and division, live. */
export default function ResultsPage({ slug }: { slug: string }) {
  const { t } = useTranslation(NS);
  useDocumentTitle(t('results.title'));
  return (
    <ConversationShell slug={slug} tab="results">
      {(conversation) => (
        <div className="results">
          <PageHeading>{t('results.title')}</PageHeading>
          <ResultsView conversation={conversation} />
        </div>
      )}
    </ConversationShell>
  );
}
