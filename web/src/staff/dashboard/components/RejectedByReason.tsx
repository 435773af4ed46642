import { useStaffText } from '../../moderation/useStaffText';
import { REJECTION_REASONS } from '../../moderation/types';
import type { Dashboard } from '../types';
import { TableWrap } from './TableWrap';

/** How many statements were rejected under each rule. */
export function RejectedByReason({ statements }: { statements: Dashboard['statements'] }) {
  const { t, number } = useStaffText();
  const counts = statements.rejectedByReason;
  const total = REJECTION_REASONS.reduce((sum, r) => sum + (counts[r] ?? 0), 0);
  return (
    <section className="dash-section">
      <h2 id="dash-rejected">{t('dashboard.rejectedByReason')}</h2>
      <TableWrap labelledBy="dash-rejected">
        <table className="data-table" id="rejected-by-reason">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.reason')}</th>
              <th scope="col" className="num">
                {t('dashboard.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {REJECTION_REASONS.map((r) => (
              <tr key={r} data-reason={r}>
                <th scope="row">{t(`reasons.${r}`)}</th>
                <td className="num">{number(counts[r] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              <td className="num">{number(total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
