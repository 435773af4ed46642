import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { NS } from '../i18n';
import { formatPart, groupLetter } from './format';
import { GroupMark } from './GroupMark';
import { ShareBar } from './ShareBar';
import { StatementLine, type StatementTexts } from './StatementLine';

export interface GroupView {
  id: number;
  size: number;
  repness: { statementId: string; direction: 'agree' | 'disagree'; inside: Tally; outside: Tally }[];
}

/** Each opinion group: its size and the statements that set it apart, inside the group and outside it. */
export function GroupList({ groups, grouped, textOf }: { groups: GroupView[]; grouped: number; textOf: (id: string) => StatementTexts | undefined }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  if (groups.length === 0) return <p>{t('groups.none')}</p>;
  return (
    <ol className="group-list">
      {groups.map((g, i) => (
        <li key={g.id} className="group-card">
          <h3 className="group-card__title">
            <GroupMark index={i} /> {t('groups.name', { letter: groupLetter(i) })}
          </h3>
          <p className="group-card__size">{t('groups.size', { count: g.size, share: formatPart(g.size, grouped, lang) })}</p>
          <h4 className="group-card__subtitle">{t('groups.representative')}</h4>
          <ul className="result-statements">
            {g.repness.map((r) => (
              <li key={r.statementId} className="result-statement">
                <p className="result-statement__lead">
                  <span className={`direction direction--${r.direction}`}>{t(`groups.direction.${r.direction}`)}</span>{' '}
                  <StatementLine statement={textOf(r.statementId)} />
                </p>
                <ShareBar tally={r.inside} label={t('groups.inside', { letter: groupLetter(i) })} />
                <ShareBar tally={r.outside} label={t('groups.outside')} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
