import type { Static } from 'typebox';
import type { MathSnapshot } from '../../app/ports.js';
import type { MathResult } from '../../domain/math/index.js';
import type { ResultsSchema } from '../schemas/results.js';
import { iso } from './time.js';

/** The readable part of a math result: groups, their statements, consensus, division and tallies. */
export function presentResults(snapshot: Omit<MathSnapshot, 'result'> & { result: MathResult }): Static<typeof ResultsSchema> {
  const r = snapshot.result;
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
      repness: g.repness.map(({ bestAgree: _b, metric: _m, ...rest }) => rest),
    })),
    consensus: {
      agree: r.consensus.agree.map((c) => ({ statementId: c.statementId, p: c.p, test: c.test, votes: c.votes })),
      disagree: r.consensus.disagree.map((c) => ({ statementId: c.statementId, p: c.p, test: c.test, votes: c.votes })),
    },
    groupInformedConsensus: r.groupInformedConsensus,
    divisive: r.divisive,
    tallies: r.statementTallies.map((t) => ({ statementId: t.id, included: t.included, agree: t.agree, disagree: t.disagree, pass: t.pass })),
  };
}
