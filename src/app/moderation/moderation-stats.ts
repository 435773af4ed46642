import type { Conversation } from '../../domain/conversation/conversation.js';
import {
  isModerationOverdue,
  moderationSummary,
  moderationSummaryPerModerator,
  type ModerationSummary,
} from '../../domain/service-level/index.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';

export interface ModerationStats extends ModerationSummary {
  pending: number;
  overdue: number;
  perModerator: (ModerationSummary & { userId: string; displayName: string | null })[];
}

/** The moderation queue's length and how many in it are past the 24 weekday-hour target. */
export async function queueFigures(deps: AppDeps, conversationId: string): Promise<{ pending: number; overdue: number }> {
  const now = deps.clock.now();
  const pending = await deps.store.statements.list(conversationId, ['pending']);
  return { pending: pending.length, overdue: pending.filter((s) => isModerationOverdue(s.createdAt, now)).length };
}

/** Queue length, overdue count and the service level against the 24 weekday-hour target. */
export async function moderationStatsOf(deps: AppDeps, conversation: Conversation): Promise<ModerationStats> {
  const queue = await queueFigures(deps, conversation.id);
  const decided = await deps.store.statements.decisionTimes(conversation.id);
  const perModerator: ModerationStats['perModerator'] = [];
  for (const [userId, summary] of moderationSummaryPerModerator(decided)) {
    const user = await deps.store.users.findById(userId);
    perModerator.push({ userId, displayName: user?.displayName ?? null, ...summary });
  }
  perModerator.sort((a, b) => b.decided - a.decided || a.userId.localeCompare(b.userId));
  return {
    ...queue,
    ...moderationSummary(decided),
    perModerator,
  };
}

export async function moderationStats(deps: AppDeps, input: { slug: string; actor: User | null }): Promise<ModerationStats> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  return moderationStatsOf(deps, conversation);
}
