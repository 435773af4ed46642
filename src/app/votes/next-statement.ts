import type { Statement } from '../../domain/statement/statement.js';
import { requireConversation } from '../conversations/require-conversation.js';
import type { AppDeps, StatementWithTally } from '../ports.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { chooseNextStatement } from './choose-next.js';

export interface NextStatement {
  statement: Statement;
  progress: { voted: number; total: number };
}

/**
 * The next card for a participant: among the published statements they have not voted on, the one
 * the routing rule picks; null when none is left.
 */
export async function nextStatementFor(
  deps: AppDeps,
  conversation: Conversation,
  participantId: string | null,
): Promise<NextStatement | null> {
  const statements: StatementWithTally[] = (await deps.store.statements.listWithTallies(conversation.id, ['published'])).filter(
    (s) => !s.isMeta,
  );
  const voted = new Set(
    participantId ? (await deps.store.votes.latestByParticipant(participantId)).map((v) => v.statementId) : [],
  );
  const votedHere = statements.filter((s) => voted.has(s.id)).length;
  const candidates = statements.filter((s) => !voted.has(s.id));
  const snapshot = await deps.store.snapshots.latest(conversation.id);
  const chosen = chooseNextStatement(candidates, {
    participantId: participantId ?? 'anonymous',
    votesCast: votedHere,
    snapshot: snapshot?.result ?? null,
  });
  if (!chosen) return null;
  const { tally: _tally, ...statement } = chosen;
  return { statement, progress: { voted: votedHere, total: statements.length } };
}

export async function nextStatement(
  deps: AppDeps,
  input: { slug: string; participantKey: string | null },
): Promise<NextStatement | null> {
  const conversation = await requireConversation(deps.store, input.slug);
  const participant = input.participantKey
    ? await deps.store.participants.findByKey(conversation.id, input.participantKey)
    : null;
  return nextStatementFor(deps, conversation, participant?.id ?? null);
}
