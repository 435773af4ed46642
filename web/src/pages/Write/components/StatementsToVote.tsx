import type { Statement, VoteValue } from '../../../api/types';
import { StatementText } from '../../../components/StatementText';
import { VoteButtons } from '../../../components/VoteButtons';

export interface StatementToVote {
  id: string;
  statement: Pick<Statement, 'text' | 'lang' | 'translations'>;
}

interface Props {
  items: StatementToVote[];
  votes: Record<string, VoteValue>;
  errors: Record<string, string>;
  onVote: (statementId: string, value: VoteValue) => void;
  idPrefix: string;
}

/** Statements already in the conversation, each with its own vote buttons. */
export function StatementsToVote({ items, votes, errors, onVote, idPrefix }: Props) {
  return (
    <ul className="statement-list">
      {items.map(({ id, statement }) => {
        const textId = `${idPrefix}-${id}`;
        return (
          <li key={id} className="statement-list__item">
            <StatementText statement={statement} id={textId} />
            <VoteButtons size="compact" labelledBy={textId} current={votes[id] ?? null} onVote={(value) => onVote(id, value)} />
            {errors[id] && (
              <p className="message message--error" role="alert">
                {errors[id]}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
