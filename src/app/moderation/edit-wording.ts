import { DomainError } from '../../domain/errors.js';
import { correctedWording } from '../../domain/statement/moderation.js';
import type { Statement } from '../../domain/statement/statement.js';
import { duplicateKey } from '../../domain/statement/text.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import { requireStatement } from './require-statement.js';

/**
 * A moderator's correction of spelling or wording. The old and new text go to the audit log, so
 * that anyone can check that the author's meaning was kept.
 */
export async function editWording(
  deps: AppDeps,
  input: { slug: string; statementId: string; text: string; actor: User | null },
): Promise<Statement> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const text = correctedWording(input.text, conversation.settings.statementMaxLength);
  return deps.store.transaction(async (store) => {
    const statement = await requireStatement(store, conversation.id, input.statementId);
    if (text === statement.text) return statement;
    const key = duplicateKey(text);
    const twin = await store.statements.findLiveByDuplicateKey(conversation.id, key);
    if (twin && twin.id !== statement.id) {
      throw new DomainError('duplicate_statement', 'The new wording repeats another statement', { statementId: twin.id });
    }
    await store.statements.setText(statement.id, text, key);
    await store.audit.append({
      conversationId: conversation.id,
      statementId: statement.id,
      actorUserId: actor.id,
      action: 'edit_wording',
      oldText: statement.text,
      newText: text,
      details: {},
      createdAt: deps.clock.now(),
    });
    return { ...statement, text };
  });
}
