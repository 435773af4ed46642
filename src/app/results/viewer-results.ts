import type { MathResult, VoteValue } from '../../domain/math/index.js';
import { nearestGroup, projectVotes, votedLikeGroup, votesNeededToPlace, type SharedVote } from '../../domain/math/viewer.js';
import type { AppDeps, User } from '../ports.js';
import { groupTalliesOf } from './group-tallies.js';
import { getResults } from './get-results.js';

/** Statements given as the reason, at most. */
const MAX_REASONS = 5;
/** Beyond the representative statements, a statement counts as the group's view when this share of its voters in the group agree (or disagree)… */
const GROUP_VIEW_SHARE = 0.6;
/** …and at least this many of them voted on it. */
const GROUP_VIEW_MIN_VOTES = 3;

export type ViewerResults =
  | { status: 'no_results' }
  | { status: 'more_votes_needed'; counted: number; needed: number }
  | { status: 'no_groups'; counted: number; needed: number; position: { x: number; y: number } }
  | {
      status: 'placed';
      counted: number;
      needed: number;
      position: { x: number; y: number };
      groupId: number;
      /** Whether the math has put the participant in that group (otherwise: the nearest group's centre). */
      member: boolean;
      sharedVotes: (SharedVote & { representative: boolean })[];
    };

/** Whether a stored result has what placing a participant needs (old or partial snapshots may not). */
function isComplete(result: unknown): result is MathResult {
  const r = result as Partial<MathResult> | null;
  return !!r && Array.isArray(r.groups) && !!r.pca && Array.isArray(r.pca.statementIds) && !!r.parameters;
}

/**
 * Where the participant behind a browser stands in the latest results: their position on the map,
 * the group they are closest to, and the statements on which they voted like it. Visible when the
 * results are (to the public, or to staff).
 */
export async function viewerResults(deps: AppDeps, input: { slug: string; viewer: User | null; participantKey: string | null }): Promise<ViewerResults> {
  const { conversation, snapshot } = await getResults(deps, { slug: input.slug, viewer: input.viewer });
  if (!snapshot || !isComplete(snapshot.result)) return { status: 'no_results' };
  const result = snapshot.result;
  const participant = input.participantKey ? await deps.store.participants.findByKey(conversation.id, input.participantKey) : null;
  const votes = new Map<string, VoteValue>();
  if (participant) for (const v of await deps.store.votes.latestByParticipant(participant.id)) votes.set(v.statementId, v.value);

  const needed = votesNeededToPlace(result);
  const position = projectVotes(votes, result.pca);
  const counted = position?.counted ?? 0;
  if (!position || counted < needed) return { status: 'more_votes_needed', counted, needed };
  const point = { x: position.x, y: position.y };
  const memberOf = participant ? result.groups.find((g) => g.members.includes(participant.id)) : undefined;
  const groupId = memberOf?.id ?? nearestGroup(point, result.groups);
  const group = result.groups.find((g) => g.id === groupId);
  if (!group) return { status: 'no_groups', counted, needed, position: point };

  const shared: (SharedVote & { representative: boolean })[] = votedLikeGroup(votes, group).map((s) => ({ ...s, representative: true }));
  if (shared.length < MAX_REASONS) {
    const tallies = await groupTalliesOf(deps, snapshot);
    const index = tallies.groupIds.indexOf(group.id);
    const seen = new Set(shared.map((s) => s.statementId));
    const extra: (SharedVote & { representative: boolean })[] = [];
    for (const id of result.pca.statementIds) {
      const t = tallies.byStatement.get(id)?.[index];
      const v = votes.get(id);
      if (!t || seen.has(id) || (v !== 1 && v !== -1)) continue;
      const n = t.agree + t.disagree + t.pass;
      const share = (v === 1 ? t.agree : t.disagree) / n;
      if (n >= GROUP_VIEW_MIN_VOTES && share >= GROUP_VIEW_SHARE) {
        extra.push({ statementId: id, direction: v === 1 ? 'agree' : 'disagree', groupShare: share, representative: false });
      }
    }
    extra.sort((a, b) => b.groupShare - a.groupShare || (a.statementId < b.statementId ? -1 : 1));
    shared.push(...extra.slice(0, MAX_REASONS - shared.length));
  }
  return { status: 'placed', counted, needed, position: point, groupId: group.id, member: !!memberOf, sharedVotes: shared.slice(0, MAX_REASONS) };
}
