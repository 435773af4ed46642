import type { Statement } from '../../domain/statement/statement.js';
import { requireConversation } from '../conversations/require-conversation.js';
import type { AppDeps } from '../ports.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { chooseNextStatement, extremityFrom } from './choose-next.js';

// The store keeps the latest result as one object until a newer one comes: read it once per result.
const extremities = new WeakMap<object, ReadonlyMap<string, number>>();
function extremityOf(result: unknown): ReadonlyMap<string, number> {
  if (!result || typeof result !== 'object') return extremityFrom(null);
  let map = extremities.get(result);
  if (!map) extremities.set(result, (map = extremityFrom(result)));
  return map;
}

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
  const published = await deps.store.statements.list(conversation.id, ['published']);
  const tallies = await deps.store.statements.tallies(conversation.id);
  const voted = new Set<string>();
  if (participantId) for (const v of await deps.store.votes.latestByParticipant(participantId)) voted.add(v.statementId);
  const snapshot = await deps.store.snapshots.latest(conversation.id);
  // Meta statements are not routed and not counted; the rest are voted here or still to come.
  let total = 0;
  let votedHere = 0;
  for (const s of published) {
    if (s.isMeta) continue;
    total++;
    if (voted.has(s.id)) votedHere++;
  }
  const statement = chooseNextStatement(published, tallies, {
    participantId: participantId ?? 'anonymous',
    voted,
    votesCast: votedHere,
    extremity: extremityOf(snapshot?.result ?? null),
  });
  return statement ? { statement, progress: { voted: votedHere, total } } : null;
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
