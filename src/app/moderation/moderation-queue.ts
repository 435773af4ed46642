import type { Lang } from '../../domain/languages.js';
import { isModerationOverdue, moderationDueAt, workingMsBetween, HOUR_MS } from '../../domain/service-level/index.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import type { Statement } from '../../domain/statement/statement.js';

export interface QueueItem {
  statement: Statement;
  /** Age in Finnish working hours (weekends and public holidays do not count). */
  ageWorkingHours: number;
  dueAt: number;
  overdue: boolean;
  authorLang: Lang;
}

/** Pending statements, oldest first, with their age against the 24-working-hour target. */
export async function moderationQueue(deps: AppDeps, input: { slug: string; actor: User | null }): Promise<QueueItem[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const now = deps.clock.now();
  const pending = await deps.store.statements.list(conversation.id, ['pending']);
  return pending.map((statement) => ({
    statement,
    ageWorkingHours: workingMsBetween(statement.createdAt, now) / HOUR_MS,
    dueAt: moderationDueAt(statement.createdAt),
    overdue: isModerationOverdue(statement.createdAt, now),
    authorLang: statement.lang,
  }));
}
