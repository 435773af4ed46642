import { decide, type Decision } from '../../domain/statement/moderation.js';
import type { Statement } from '../../domain/statement/statement.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import { requireStatement } from './require-statement.js';

/** Publishes, rejects, withdraws or undoes a decision on a statement, and logs who decided what. */
export async function moderateStatement(
  deps: AppDeps,
  input: { slug: string; statementId: string; decision: Decision; actor: User | null },
): Promise<Statement> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  return deps.store.transaction(async (store) => {
    const statement = await requireStatement(store, conversation.id, input.statementId);
    const outcome = decide(statement, input.decision);
    if (outcome.duplicateOf) await requireStatement(store, conversation.id, outcome.duplicateOf);
    const now = deps.clock.now();
    // An undone decision leaves the statement undecided, as if it had just arrived in the queue.
    const undone = input.decision.action === 'undo';
    await store.statements.setDecision(statement.id, { ...outcome, decidedAt: undone ? null : now, decidedBy: undone ? null : actor.id });
    await store.audit.append({
      conversationId: conversation.id,
      statementId: statement.id,
      actorUserId: actor.id,
      action: undone ? 'undo' : outcome.status === 'published' ? 'publish' : outcome.status === 'withdrawn' ? 'withdraw' : 'reject',
      oldText: null,
      newText: null,
      details: {
        from: statement.status,
        to: outcome.status,
        ...(undone && statement.rejectionReason ? { undoneReason: statement.rejectionReason } : {}),
        ...(outcome.rejectionReason ? { reason: outcome.rejectionReason } : {}),
        ...(outcome.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
        ...(outcome.rejectionNote ? { note: outcome.rejectionNote } : {}),
      },
      createdAt: now,
    });
    return { ...statement, ...outcome, decidedAt: undone ? null : now };
  });
}
