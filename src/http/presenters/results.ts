import type { Static } from 'typebox';
import type { MathSnapshot } from '../../app/ports.js';
import { insideOutside, type GroupTallies } from '../../app/results/group-tallies.js';
import type { ViewerResults } from '../../app/results/viewer-results.js';
import type { MathResult } from '../../domain/math/index.js';
import { evenSample, votesNeededToPlace } from '../../domain/math/viewer.js';
import type { Tally } from '../../domain/vote/vote.js';
import type { ResultsSchema, ViewerResultsSchema } from '../schemas/results.js';
import { iso } from './time.js';

/** Points on the opinion map at most: enough to see the shape, light enough for a phone. */
export const MAX_MAP_POINTS = 2000;

const round = (v: number) => Math.round(v * 10_000) / 10_000 + 0;
const zero = (): Tally => ({ agree: 0, disagree: 0, pass: 0 });

/** Anonymous positions of grouped participants (no ids), evenly sampled. */
export function opinionMap(r: MathResult): Static<typeof ResultsSchema>['map'] {
  const index = new Map<string, number>();
  r.participantIds.forEach((id, i) => index.set(id, i));
  const all: { x: number; y: number; group: number }[] = [];
  for (const g of r.groups) {
    for (const id of g.members) {
      const i = index.get(id);
      if (i !== undefined) all.push({ x: round(r.pca.x[i]!), y: round(r.pca.y[i]!), group: g.id });
    }
  }
  // Group after group: an even sample keeps each group's share of the points.
  return { points: evenSample(all, MAX_MAP_POINTS), total: all.length, maxPoints: MAX_MAP_POINTS };
}

/** The readable part of a math result: groups, their statements, consensus, division and tallies. */
export function presentResults(
  snapshot: Omit<MathSnapshot, 'result'> & { result: MathResult },
  tallies: GroupTallies = { groupIds: [], byStatement: new Map() },
): Static<typeof ResultsSchema> {
  const r = snapshot.result;
  const byGroup = (statementId: string) => {
    const t = tallies.byStatement.get(statementId);
    return r.groups.map((g) => t?.[tallies.groupIds.indexOf(g.id)] ?? zero());
  };
  return {
    version: snapshot.version,
    computedAt: iso(snapshot.createdAt),
    participants: r.participants,
    votes: r.votes,
    statements: r.statements,
    inConv: r.inConv.length,
    k: r.groups.length,
    groups: r.groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      centre: g.centre,
      repness: g.repness.map(({ bestAgree: _b, metric: _m, ...rest }) => ({
        ...rest,
        ...insideOutside(tallies.byStatement.get(rest.statementId), tallies.groupIds.indexOf(g.id)),
      })),
    })),
    consensus: {
      agree: r.consensus.agree.map((c) => ({ statementId: c.statementId, p: c.p, test: c.test, votes: c.votes })),
      disagree: r.consensus.disagree.map((c) => ({ statementId: c.statementId, p: c.p, test: c.test, votes: c.votes })),
    },
    groupInformedConsensus: r.groupInformedConsensus,
    divisive: r.divisive.map((d) => ({ ...d, byGroup: byGroup(d.statementId) })),
    tallies: r.statementTallies.map((t) => ({ statementId: t.id, included: t.included, agree: t.agree, disagree: t.disagree, pass: t.pass })),
    map: opinionMap(r),
    method: { placeMinVotes: votesNeededToPlace(r), divisiveMinVotesPerGroup: r.parameters.divisiveMinVotesPerGroup },
  };
}

export function presentViewerResults(v: ViewerResults): Static<typeof ViewerResultsSchema> {
  if (v.status === 'no_groups' || v.status === 'placed') return { ...v, position: { x: round(v.position.x), y: round(v.position.y) } };
  return v;
}
