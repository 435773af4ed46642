import type { Lang, ReportStatement, Tally } from '../../../api/types';
import { statementIn } from '../../../lib/localized';
import { votesIn } from '../../Results/components/format';

/** A sortable column: the statement, all votes, a group's or a segment answer's agree share, or the consensus. */
export type SortKey = 'text' | 'votes' | 'agree' | 'disagree' | 'pass' | 'gic' | `group-${number}` | `segment-${number}`;
export type Direction = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  dir: Direction;
}

/** A tally's agree share; -1 without votes so that such rows sort below every real share. */
export const agreeShare = (t: Tally | undefined) => (!t || votesIn(t) === 0 ? -1 : t.agree / votesIn(t));

function sortValue(s: ReportStatement, key: SortKey, lang: Lang): number | string {
  switch (key) {
    case 'text':
      return statementIn({ text: s.text, lang: s.lang, translations: s.translations as Record<Lang, string> }, lang).text.toLocaleLowerCase(lang);
    case 'votes':
      return votesIn(s.tally);
    case 'agree':
      return s.agreeShare;
    case 'disagree':
      return s.disagreeShare;
    case 'pass':
      return s.passShare;
    case 'gic':
      return s.groupInformedConsensus ?? -1;
    default: {
      const [kind, index] = key.split('-') as ['group' | 'segment', string];
      return agreeShare((kind === 'group' ? s.byGroup : s.bySegment)[Number(index)]);
    }
  }
}

/** The statements in the given order; ties keep a stable order by id. */
export function sortStatements(statements: readonly ReportStatement[], sort: Sort, lang: Lang): ReportStatement[] {
  return [...statements].sort((a, b) => {
    const va = sortValue(a, sort.key, lang), vb = sortValue(b, sort.key, lang);
    const c = typeof va === 'string' ? va.localeCompare(vb as string, lang) : va - (vb as number);
    return (sort.dir === 'ascending' ? c : -c) || (a.id < b.id ? -1 : 1);
  });
}

/** Clicking the sorted column reverses it; a new column starts with text A–Z and figures largest first. */
export const nextSort = (current: Sort, key: SortKey): Sort => ({
  key,
  dir: current.key === key ? (current.dir === 'ascending' ? 'descending' : 'ascending') : key === 'text' ? 'ascending' : 'descending',
});
