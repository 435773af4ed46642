/**
 * One participant's place in a stored result (math.md §3 and "Why am I in this group"): their
 * position on the opinion map, the group they are closest to, and the statements on which they
 * voted like that group. Pure: works on the plain-JSON parts of a `MathResult`, so a participant who
 * voted after the snapshot was computed can be placed from their current votes.
 */
import type { VoteValue } from './matrix.js';
import type { GroupResult, MathResult } from './types.js';

export type ViewerPca = Pick<MathResult['pca'], 'statementIds' | 'center' | 'comps'>;

/**
 * p_k = Σ_{j∈J} (x_j − c_j)·pc_k[j], scaled by sqrt(n_included / max(|J|, 1)), over the votes on the
 * snapshot's included statements; votes on any other statement are ignored. Null without votes on
 * included statements.
 */
export function projectVotes(votes: ReadonlyMap<string, VoteValue>, pca: ViewerPca): { x: number; y: number; counted: number } | null {
  let x = 0, y = 0, counted = 0;
  pca.statementIds.forEach((id, j) => {
    const v = votes.get(id);
    if (v === undefined) return;
    const centred = v - (pca.center[j] ?? 0);
    x += centred * (pca.comps[0][j] ?? 0);
    y += centred * (pca.comps[1][j] ?? 0);
    counted += 1;
  });
  if (counted === 0) return null;
  const scale = Math.sqrt(pca.statementIds.length / Math.max(counted, 1));
  return { x: x * scale + 0, y: y * scale + 0, counted };
}

/** The group whose centre is nearest (Euclidean); ties go to the lower id. Null without groups. */
export function nearestGroup(point: { x: number; y: number }, groups: readonly Pick<GroupResult, 'id' | 'centre'>[]): number | null {
  let best: number | null = null;
  let bestD = Infinity;
  for (const g of [...groups].sort((a, b) => a.id - b.id)) {
    const d = (g.centre[0] - point.x) ** 2 + (g.centre[1] - point.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = g.id;
    }
  }
  return best;
}

export interface SharedVote {
  statementId: string;
  /** The group's majority on the statement, which the participant shares. */
  direction: 'agree' | 'disagree';
  /** Share of the group that voted this way (raw, votes of in-conv members). */
  groupShare: number;
}

/**
 * The group's representative statements on which the participant voted like the group's majority
 * (agree when more of the group agreed than disagreed, disagree otherwise), in the group's order.
 */
export function votedLikeGroup(votes: ReadonlyMap<string, VoteValue>, group: Pick<GroupResult, 'repness'>): SharedVote[] {
  const out: SharedVote[] = [];
  for (const r of group.repness) {
    if (r.nAgree === r.nDisagree) continue;
    const direction = r.nAgree > r.nDisagree ? 'agree' : 'disagree';
    const v = votes.get(r.statementId);
    if ((direction === 'agree' && v === 1) || (direction === 'disagree' && v === -1)) {
      out.push({ statementId: r.statementId, direction, groupShare: r.nVotes === 0 ? 0 : (direction === 'agree' ? r.nAgree : r.nDisagree) / r.nVotes });
    }
  }
  return out;
}

/** Votes on included statements a participant needs before being placed: min(inConvMinVotes, n_included). */
export function votesNeededToPlace(result: Pick<MathResult, 'parameters' | 'pca'>): number {
  return Math.min(result.parameters.inConvMinVotes, result.pca.statementIds.length);
}

/**
 * At most `max` items, evenly spread over the list (every ⌈n/max⌉-th item, from the first), so a
 * large conversation's map stays light and is the same on every request.
 */
export function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return items.slice();
  const step = items.length / max;
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(items[Math.floor(i * step)]!);
  return out;
}
