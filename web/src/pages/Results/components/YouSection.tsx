import { useTranslation } from 'react-i18next';
import type { ViewerResults } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { Link } from '../../../router/Link';
import { paths } from '../../../router/routes';
import { NS } from '../i18n';
import { formatShare, groupLetter } from './format';
import { GroupMark } from './GroupMark';
import { StatementLine, type StatementTexts } from './StatementLine';

/** "You are closest to group B, because you voted like them on …", or how many votes are still needed. */
export function YouSection({ me, groupIndex, slug, textOf }: { me: ViewerResults; groupIndex: (id: number) => number; slug: string; textOf: (id: string) => StatementTexts | undefined }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  if (me.status === 'no_results') return <p>{t('you.noResults')}</p>;
  if (me.status === 'more_votes_needed') {
    return (
      <>
        <p>{t('you.moreVotes', { count: me.needed - me.counted, needed: me.needed })}</p>
        <p>
          <Link href={paths.conversation(lang, slug)}>{t('you.goVote')}</Link>
        </p>
      </>
    );
  }
  if (me.status === 'no_groups') return <p>{t('you.noGroups')}</p>;
  const i = groupIndex(me.groupId);
  const letter = groupLetter(i);
  return (
    <div className="you">
      <p className="you__closest">
        <GroupMark index={i} /> <strong>{t('you.closest', { letter })}</strong>
      </p>
      {me.sharedVotes.length === 0 ? (
        <p>{t('you.noShared', { letter })}</p>
      ) : (
        <>
          <p>{t('you.because', { letter })}</p>
          <ul className="result-statements">
            {me.sharedVotes.map((s) => (
              <li key={s.statementId} className="result-statement">
                <p className="result-statement__lead">
                  <span className={`direction direction--${s.direction}`}>{t(`you.voted.${s.direction}`)}</span>{' '}
                  <StatementLine statement={textOf(s.statementId)} />
                </p>
                <p className="result-statement__note">{t(`you.groupShare.${s.direction}`, { letter, share: formatShare(s.groupShare, lang) })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
