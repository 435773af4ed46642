import { bucketByHelsinkiDay } from '../../domain/service-level/index.js';
import { REJECTION_REASONS, type RejectionReason } from '../../domain/statement/statement.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { moderationStatsOf, type ModerationStats } from '../moderation/moderation-stats.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';

export interface Dashboard {
  participants: number;
  voters: number;
  votes: number;
  statements: {
    submitted: number;
    published: number;
    pending: number;
    rejected: number;
    withdrawn: number;
    rejectedByReason: Record<RejectionReason, number>;
  };
  votesOverTime: { day: string; votes: number; participants: number; statements: number }[];
  math: { version: number; computedAt: number; participants: number; groups: number; votes: number } | null;
  moderation: ModerationStats;
}

/**
 * An organizer's overview of one conversation. `submitted` counts every statement, seed ones
 * included; `rejectedByReason` counts rejected and withdrawn statements by their rule.
 */
export async function dashboard(deps: AppDeps, input: { slug: string; actor: User | null }): Promise<Dashboard> {
  const conversation = await requireConversation(deps.store, input.slug);
  await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const { store } = deps;
  const counts = await store.statements.countByStatus(conversation.id);
  const takenDown = await store.statements.list(conversation.id, ['rejected', 'withdrawn']);
  const rejectedByReason = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>;
  for (const s of takenDown) if (s.rejectionReason) rejectedByReason[s.rejectionReason] += 1;
  const snapshot = await store.snapshots.latest(conversation.id);
  const groups = (snapshot?.result as { groups?: unknown[] } | undefined)?.groups;
  return {
    participants: await store.participants.count(conversation.id),
    voters: await store.votes.voterCount(conversation.id),
    votes: (await store.votes.count(conversation.id)).latest,
    statements: {
      submitted: counts.pending + counts.published + counts.rejected + counts.withdrawn,
      ...counts,
      rejectedByReason,
    },
    votesOverTime: bucketByHelsinkiDay(await store.activity.byHour(conversation.id)).map((d) => ({
      day: d.day,
      votes: d.votes,
      participants: d.newVoters,
      statements: d.statements,
    })),
    math: snapshot
      ? {
          version: snapshot.version,
          computedAt: snapshot.createdAt,
          participants: snapshot.participants,
          groups: Array.isArray(groups) ? groups.length : 0,
          votes: snapshot.votes,
        }
      : null,
    moderation: await moderationStatsOf(deps, conversation),
  };
}
