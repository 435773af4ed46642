import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import type { TalliedStatement, VoteValue } from '../../../api/types';
import type { Loaded } from '../../../lib/useConversation';

export interface MyVoteRow {
  statement: TalliedStatement;
  value: VoteValue;
  votedAt: string;
}

/** My latest votes with their statements, the most recent first. */
export function useMyVotes(slug: string) {
  const [state, setState] = useState<Loaded<MyVoteRow[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([api.myVotes(slug), api.statements(slug)]).then(
      ([votes, statements]) => {
        const byId = new Map(statements.map((s) => [s.id, s]));
        const rows = votes
          .flatMap((v) => {
            const statement = byId.get(v.statementId);
            return statement ? [{ statement, value: v.value, votedAt: v.votedAt }] : [];
          })
          .sort((a, b) => b.votedAt.localeCompare(a.votedAt));
        if (live) setState({ status: 'ready', value: rows });
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  const setRows = (update: (rows: MyVoteRow[]) => MyVoteRow[]) =>
    setState((s) => (s.status === 'ready' ? { status: 'ready', value: update(s.value) } : s));
  return { state, setRows };
}
