import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../api/types';
import { NS } from '../i18n';
import { groupLetter } from './format';
import { ShareBar } from './ShareBar';
import { StatementLine, type StatementTexts } from './StatementLine';

/** Statements on which the groups' agreement differs most, with every group's votes. */
export function DivisiveList({ items, textOf }: { items: { statementId: string; byGroup: Tally[] }[]; textOf: (id: string) => StatementTexts | undefined }) {
  const { t } = useTranslation(NS);
  if (items.length === 0) return <p>{t('divisive.none')}</p>;
  return (
    <ul className="result-statements">
      {items.map((d) => (
        <li key={d.statementId} className="result-statement">
          <p className="result-statement__lead">
            <StatementLine statement={textOf(d.statementId)} />
          </p>
          {d.byGroup.map((tally, i) => (
            <ShareBar key={i} tally={tally} label={t('groups.name', { letter: groupLetter(i) })} />
          ))}
        </li>
      ))}
    </ul>
  );
}
