import type { Lang } from '../../domain/languages.js';
import { isModerationOverdue, moderationDueAt, workingMsBetween, HOUR_MS } from '../../domain/service-level/index.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, SimilarityIndexes, User } from '../ports.js';
import type { SimilarStatement } from '../../domain/similarity/port.js';
import { conversationTopic, prescreen, type Flag } from '../../domain/prescreen/index.js';
import type { Statement } from '../../domain/statement/statement.js';
import { topicTexts } from '../statements/hold-for-review.js';

export interface QueueItem {
  statement: Statement;
  /** Age in Finnish working hours (weekends and public holidays do not count). */
  ageWorkingHours: number;
  dueAt: number;
  overdue: boolean;
  authorLang: Lang;
  /** The nearest published and pending statements, in any language, with scores. */
  nearest: (SimilarStatement & { status: 'published' | 'pending' })[];
  /** Whether the nearest one means the same by the index's threshold: a likely duplicate. */
  likelyDuplicate: boolean;
  /** Hints of which public rule the statement may break, each with its reason and text span. */
  flags: Flag[];
}

export const NEAREST_IN_QUEUE = 3;

/** Pending statements, oldest first, with their age against the 24-working-hour target. */
export async function moderationQueue(
  deps: AppDeps & { similarity: SimilarityIndexes },
  input: { slug: string; actor: User | null; flaggedFirst?: boolean },
): Promise<QueueItem[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const now = deps.clock.now();
  const pending = await deps.store.statements.list(conversation.id, ['pending']);
  const index = await deps.similarity.forConversation(conversation.id);
  const topic = conversationTopic(topicTexts(conversation));
  const pendingIds = new Set(pending.map((s) => s.id));
  const items: QueueItem[] = [];
  for (const statement of pending) {
    const nearest = await index.query({
      text: statement.text,
      lang: statement.lang,
      limit: NEAREST_IN_QUEUE,
      statuses: ['published', 'pending'],
      excludeStatementId: statement.id,
    });
    items.push({
      statement,
      ageWorkingHours: workingMsBetween(statement.createdAt, now) / HOUR_MS,
      dueAt: moderationDueAt(statement.createdAt),
      overdue: isModerationOverdue(statement.createdAt, now),
      authorLang: statement.lang,
      nearest: nearest.map((n) => ({ ...n, status: pendingIds.has(n.statementId) ? 'pending' : 'published' })),
      likelyDuplicate: (nearest[0]?.score ?? 0) >= index.sameMeaningThreshold,
      flags: await prescreen(statement.text, statement.lang, { conversation: topic, similarity: index, statementId: statement.id }),
    });
  }
  // Oldest first; on request the flagged ones go first, still oldest first among themselves.
  return input.flaggedFirst ? [...items.filter((i) => i.flags.length > 0), ...items.filter((i) => i.flags.length === 0)] : items;
}
