import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../api/types';
import { NS } from '../i18n';
import { ShareBar } from './ShareBar';
import { StatementLine, type StatementTexts } from './StatementLine';

interface Props {
  agree: { statementId: string }[];
  disagree: { statementId: string }[];
  tallyOf: (id: string) => Tally | undefined;
  textOf: (id: string) => StatementTexts | undefined;
}

/** What nearly everyone agrees on, and what nearly everyone rejects. */
export function ConsensusList({ agree, disagree, tallyOf, textOf }: Props) {
  const { t } = useTranslation(NS);
  const list = (items: { statementId: string }[], empty: string) =>
    items.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul className="result-statements">
        {items.map((c) => (
          <li key={c.statementId} className="result-statement">
            <p className="result-statement__lead">
              <StatementLine statement={textOf(c.statementId)} />
            </p>
            <ShareBar tally={tallyOf(c.statementId) ?? { agree: 0, disagree: 0, pass: 0 }} label={t('consensus.everyone')} />
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <h3>{t('consensus.agreeTitle')}</h3>
      {list(agree, t('consensus.noneAgree'))}
      <h3>{t('consensus.disagreeTitle')}</h3>
      {list(disagree, t('consensus.noneDisagree'))}
    </>
  );
}
