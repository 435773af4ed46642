import type { StatementStatus } from '../../domain/statement/statement.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, DecidedStatementRecord, User } from '../ports.js';

/** How many decided statements one list shows: the recent ones are the ones undone or withdrawn. */
export const DECIDED_LIST_LIMIT = 500;

/** Published, rejected or withdrawn statements, the newest decision first. */
export async function decidedStatements(
  deps: AppDeps,
  input: { slug: string; statuses: StatementStatus[]; actor: User | null },
): Promise<DecidedStatementRecord[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  return deps.store.statements.listDecided(conversation.id, input.statuses, DECIDED_LIST_LIMIT);
}
