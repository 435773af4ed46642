import type { Tally } from '../../domain/vote/vote.js';
import { snapshotGroups } from '../export/snapshot-groups.js';
import type { AppDeps, MathSnapshot } from '../ports.js';

/** Latest votes per statement, counted for each opinion group of a snapshot (its members only). */
export interface GroupTallies {
  /** Group ids in ascending order; `byStatement` entries follow this order. */
  groupIds: number[];
  byStatement: Map<string, Tally[]>;
}

const emptyTally = (): Tally => ({ agree: 0, disagree: 0, pass: 0 });

/** Every tally of the group, or of everyone grouped outside it. */
export function insideOutside(tallies: Tally[] | undefined, index: number): { inside: Tally; outside: Tally } {
  const inside = emptyTally();
  const outside = emptyTally();
  (tallies ?? []).forEach((t, i) => {
    const target = i === index ? inside : outside;
    target.agree += t.agree;
    target.disagree += t.disagree;
    target.pass += t.pass;
  });
  return { inside, outside };
}

// Counting reads every latest vote: do it once per snapshot and process, not once per reader.
const CACHE_SIZE = 16;
const cache = new Map<string, Promise<GroupTallies>>();

/**
 * The groups' tallies of every statement, from the conversation's latest votes and the snapshot's
 * group members. Kept per snapshot version, so that many readers of the same result cost one count.
 */
export function groupTalliesOf(deps: AppDeps, snapshot: MathSnapshot): Promise<GroupTallies> {
  const key = `${snapshot.conversationId}:${snapshot.version}:${snapshot.createdAt}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = count(deps, snapshot);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return pending;
}

async function count(deps: AppDeps, snapshot: MathSnapshot): Promise<GroupTallies> {
  const groups = snapshotGroups(snapshot.result);
  const byStatement = new Map<string, Tally[]>();
  if (groups.ids.length === 0) return { groupIds: [], byStatement };
  for (const vote of await deps.store.votes.latestInConversation(snapshot.conversationId)) {
    const g = groups.indexOf.get(vote.participantId);
    if (g === undefined) continue;
    let tallies = byStatement.get(vote.statementId);
    if (!tallies) {
      tallies = groups.ids.map(emptyTally);
      byStatement.set(vote.statementId, tallies);
    }
    const t = tallies[g]!;
    if (vote.value === 1) t.agree++;
    else if (vote.value === -1) t.disagree++;
    else t.pass++;
  }
  return { groupIds: groups.ids, byStatement };
}
