import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Report } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/LangContext';
import { applyAccentColor } from '../../lib/accent-color';
import { conversationTexts } from '../../lib/localized';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import '../../styles/results.css';
import '../../styles/report.css';
import '../../styles/report-print.css';
import { ConsensusList } from '../Results/components/ConsensusList';
import { DivisiveList } from '../Results/components/DivisiveList';
import { formatDateTime } from '../Results/components/format';
import { GroupList } from '../Results/components/GroupList';
import { useLive } from '../Results/components/useLive';
import { NS } from '../Results/i18n';
import { Figures } from './components/Figures';
import { Method } from './components/Method';
import { Moderation } from './components/Moderation';
import { Participation } from './components/Participation';
import { Segments } from './components/Segments';
import { StatementsTable } from './components/StatementsTable';
import { Uncertainty } from './components/Uncertainty';

/** The report's sections in order; their ids are stable anchors. */
export const REPORT_SECTIONS = [
  'figures', 'participation', 'groups', 'consensus', 'divisive', 'uncertainty', 'statements', 'segments', 'moderation', 'method',
] as const;

function Section({ id, title, children }: { id: (typeof REPORT_SECTIONS)[number]; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function ReportView({ report, slug }: { report: Report; slug: string }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const { lang: textLang, texts } = conversationTexts(report.conversation, lang);
  const accent = report.conversation.settings.accentColor;
  useEffect(() => applyAccentColor(accent), [accent]);
  const byId = new Map(report.statements.map((s) => [s.id, s]));
  const textOf = (id: string) => byId.get(id);
  const grouped = report.groups.reduce((n, g) => n + g.size, 0);
  return (
    <article className="report">
      <header className="report__header">
        <p className="report__kicker">{t('report.title')}</p>
        <PageHeading>
          <span lang={textLang}>{texts.title}</span>
        </PageHeading>
        {texts.question ? (
          <p className="report__question" lang={textLang}>
            {texts.question}
          </p>
        ) : null}
        <p className="report__meta">
          {report.snapshot
            ? t('report.snapshot', { version: report.snapshot.version, time: formatDateTime(report.snapshot.computedAt, lang) })
            : t('report.noSnapshot')}{' '}
          {t('report.generated', { time: formatDateTime(report.generatedAt, lang) })}
        </p>
        <p className="report__actions">
          <Link href={paths.results(lang, slug)}>{t('report.toResults')}</Link>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </p>
      </header>

      <Section id="figures" title={t('sections.figures')}>
        <Figures report={report} />
      </Section>
      <Section id="participation" title={t('sections.participation')}>
        <Participation days={report.participation} />
      </Section>
      <Section id="groups" title={t('sections.groups')}>
        <p>{t('groups.intro', { count: report.groups.length })}</p>
        <GroupList groups={report.groups} grouped={grouped} textOf={textOf} />
      </Section>
      <Section id="consensus" title={t('sections.consensus')}>
        <p>{t('consensus.intro')}</p>
        <ConsensusList agree={report.consensus.agree} disagree={report.consensus.disagree} tallyOf={(id) => byId.get(id)?.tally} textOf={textOf} />
      </Section>
      <Section id="divisive" title={t('sections.divisive')}>
        <p>{t('divisive.intro', { min: report.snapshot?.divisiveMinVotesPerGroup ?? 0 })}</p>
        <DivisiveList items={report.divisive.statements} textOf={textOf} />
      </Section>
      <Section id="uncertainty" title={t('sections.uncertainty')}>
        <Uncertainty report={report} />
      </Section>
      <Section id="statements" title={t('sections.statements')}>
        <StatementsTable report={report} />
      </Section>
      <Section id="segments" title={t('sections.segments')}>
        <Segments report={report} />
      </Section>
      <Section id="moderation" title={t('sections.moderation')}>
        <Moderation report={report} />
      </Section>
      <Section id="method" title={t('sections.method')}>
        <Method report={report} />
      </Section>
    </article>
  );
}

/** The public report of a conversation, printable to PDF, updated live while the conversation runs. */
export default function ReportPage({ slug }: { slug: string }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const state = useLive(slug, () => api.report(slug));
  const title = state.status === 'ready' ? conversationTexts(state.value.conversation, lang).texts.title : null;
  useDocumentTitle(title ? `${t('report.title')}: ${title}` : t('report.title'));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <div className="page">
        <PageHeading>{t('report.title')}</PageHeading>
        {state.error instanceof ApiError && state.error.code === 'forbidden' ? (
          <p className="message">{t('notYet.forbidden')}</p>
        ) : (
          <ErrorMessage error={state.error} />
        )}
      </div>
    );
  }
  return <ReportView report={state.value} slug={slug} />;
}
