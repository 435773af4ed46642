import type { Store } from '../../../src/app/ports.js';
import { computeMath, VoteMatrix, type MathOptions } from '../../../src/domain/math/index.js';

/**
 * Computes a conversation's opinion math from its stored votes and saves the snapshot, as the math
 * host does (same facts: statements in creation order, unpublished ones and meta left out, banned
 * participants dropped), without a worker thread. Returns the new snapshot's version.
 */
export async function computeSnapshot(store: Store, conversationId: string, options: MathOptions = {}, createdAt = Date.now()): Promise<number> {
  const statements = await store.statements.list(conversationId, ['pending', 'published', 'rejected', 'withdrawn']);
  const votes = new VoteMatrix();
  let order = 0;
  for (const v of await store.votes.latestInConversation(conversationId)) votes.add(v.participantId, v.statementId, v.value, order++);
  const { result } = computeMath(
    {
      votes,
      statements: statements.map((s) => s.id),
      modOut: statements.filter((s) => s.status !== 'published').map((s) => s.id),
      meta: statements.filter((s) => s.isMeta).map((s) => s.id),
      seed: statements.filter((s) => s.isSeed).map((s) => s.id),
      banned: await store.participants.bannedIds(conversationId),
    },
    { bridging: false, ...options },
  );
  return store.snapshots.save({
    conversationId,
    createdAt,
    votes: result.votes,
    participants: result.participants,
    statements: result.statements,
    params: result.parameters as unknown as Record<string, unknown>,
    timingsMs: result.timingsMs,
    result,
  });
}
