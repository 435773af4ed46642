import type { Static } from 'typebox';
import type { Report } from '../../app/report/get-report.js';
import { UNCERTAINTY } from '../../app/report/uncertainty.js';
import type { Tally } from '../../domain/vote/vote.js';
import type { ReportSchema } from '../schemas/report.js';
import { presentConversation } from './conversation.js';
import { iso } from './time.js';

type Body = Static<typeof ReportSchema>;

const share = (part: number, t: Tally) => {
  const n = t.agree + t.disagree + t.pass;
  return n === 0 ? 0 : part / n;
};

export const DIVISIVE_METHOD =
  'For each statement, the smoothed share agreeing in each opinion group, (agree + 1) / (votes + 2), and the variance of ' +
  'those shares over the groups (each group counted once, whatever its size). A statement is scored only when every group ' +
  'has cast at least the minimum number of votes on it; the highest variances are listed.';

export function presentReport(r: Report): Body {
  return {
    conversation: presentConversation(r.conversation, r.generatedAt),
    generatedAt: iso(r.generatedAt),
    snapshot: r.snapshot && { ...r.snapshot, computedAt: iso(r.snapshot.computedAt) },
    headline: r.headline,
    participation: r.participation,
    groups: r.groups.map((g) => ({
      id: g.id,
      size: g.size,
      repness: g.repness.map((e) => ({
        statementId: e.statementId, direction: e.direction, pa: e.pa, pd: e.pd, rat: e.rat, rdt: e.rdt, inside: e.inside, outside: e.outside,
      })),
    })),
    consensus: {
      agree: r.consensus.agree.map((c) => ({ statementId: c.statementId, p: c.p, votes: c.votes })),
      disagree: r.consensus.disagree.map((c) => ({ statementId: c.statementId, p: c.p, votes: c.votes })),
    },
    divisive: { method: DIVISIVE_METHOD, statements: r.divisive },
    uncertainty: {
      definition: { minPassShare: UNCERTAINTY.minPassShare, minVotesForPassShare: UNCERTAINTY.minVotesForPassShare, fewVotesBelow: r.uncertainty.fewVotesBelow },
      statements: r.uncertainty.statements,
    },
    statements: r.statements.map((s) => ({
      id: s.id,
      lang: s.lang,
      text: s.text,
      translations: s.translations as Record<string, string>,
      isSeed: s.isSeed,
      isMeta: s.isMeta,
      createdAt: iso(s.createdAt),
      tally: s.tally,
      agreeShare: share(s.tally.agree, s.tally),
      disagreeShare: share(s.tally.disagree, s.tally),
      passShare: share(s.tally.pass, s.tally),
      byGroup: s.byGroup,
      bySegment: s.bySegment,
      groupInformedConsensus: s.groupInformedConsensus,
    })),
    segments: r.segments && {
      question: r.segments.question as Record<string, string> | null,
      answers: r.segments.answers.map((a) => ({ ...a, label: a.label as Record<string, string> | null })),
    },
    serviceLevel: r.serviceLevel,
  };
}
