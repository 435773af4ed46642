import { useStaffText } from '../../moderation/useStaffText';
import { formatHours, formatShare, TARGET_WORKING_HOURS } from '../../moderation/working-hours';
import type { ModerationStats, StaffConversationSummary } from '../types';
import { StatGrid } from './StatGrid';
import { TableWrap } from './TableWrap';

interface Props {
  stats: ModerationStats;
  /** Every conversation the user works on, with its queue; null while unknown. */
  conversations: StaffConversationSummary[] | null;
}

/** Queue length, overdue statements, the share decided within 24 working hours and the median. */
export function ServiceLevel({ stats, conversations }: Props) {
  const { t, number, locale, lang } = useStaffText();
  const share = (v: number | null) => (v === null ? t('dashboard.notYet') : formatShare(v, locale));
  const median = (v: number | null) => (v === null ? t('dashboard.notYet') : t('dashboard.hours', { hours: formatHours(v, locale) }));
  return (
    <section aria-labelledby="dash-service" className="dash-section">
      <h2 id="dash-service">{t('dashboard.serviceLevel')}</h2>
      <p className="hint">{t('dashboard.serviceLevelHint', { hours: TARGET_WORKING_HOURS })}</p>
      <StatGrid
        items={[
          { key: 'pending', label: t('dashboard.queueLength'), value: number(stats.pending) },
          { key: 'overdue', label: t('dashboard.overdue'), value: number(stats.overdue) },
          { key: 'decided', label: t('dashboard.decided'), value: number(stats.decided) },
          { key: 'within', label: t('dashboard.withinTarget'), value: share(stats.withinTargetShare) },
          { key: 'median', label: t('dashboard.medianTime'), value: median(stats.medianHoursToDecision) },
        ]}
      />
      <h3 id="dash-per-moderator">{t('dashboard.perModerator')}</h3>
      {stats.perModerator.length === 0 ? (
        <p>{t('dashboard.noDecisions')}</p>
      ) : (
        <TableWrap labelledBy="dash-per-moderator">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.moderator')}</th>
                <th scope="col" className="num">
                  {t('dashboard.decided')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.withinTarget')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.medianTime')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.perModerator.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.displayName ?? t('dashboard.noName')}</th>
                  <td className="num">{number(m.decided)}</td>
                  <td className="num">{share(m.withinTargetShare)}</td>
                  <td className="num">{median(m.medianHoursToDecision)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {conversations && conversations.length > 0 && (
        <>
          <h3 id="dash-per-conversation">{t('dashboard.perConversation')}</h3>
          <TableWrap labelledBy="dash-per-conversation">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.conversation')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.queueLength')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {conversations.map(({ conversation: c, queue }) => {
                  const textLang = c.texts[lang] ? lang : (c.languages.find((l) => c.texts[l]) ?? lang);
                  return (
                    <tr key={c.id}>
                      <th scope="row" lang={textLang}>
                        {c.texts[textLang]?.title ?? c.id}
                      </th>
                      <td className="num">{number(queue.pending)}</td>
                      <td className="num">{number(queue.overdue)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
