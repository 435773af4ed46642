import type { Conversation } from '../../domain/conversation/conversation.js';
import type { SegmentQuestion } from '../../domain/conversation/settings.js';
import type { MathResult } from '../../domain/math/index.js';
import { votesNeededToPlace } from '../../domain/math/viewer.js';
import { bucketByHelsinkiDay, type DayCounts } from '../../domain/service-level/index.js';
import type { Statement } from '../../domain/statement/statement.js';
import type { Tally } from '../../domain/vote/vote.js';
import type { AppDeps, User } from '../ports.js';
import { getResults } from '../results/get-results.js';
import { groupTalliesOf, insideOutside } from '../results/group-tallies.js';
import { moderationStatsOf } from '../moderation/moderation-stats.js';
import { serviceLevelOf, statementFigures, type ServiceLevelFigures, type StatementFigures } from './moderation-figures.js';
import { uncertainStatements, type Uncertainty } from './uncertainty.js';

const zero = (): Tally => ({ agree: 0, disagree: 0, pass: 0 });
const add = (to: Tally, t: Tally) => {
  to.agree += t.agree;
  to.disagree += t.disagree;
  to.pass += t.pass;
};

export interface ReportSegment {
  /** The answer's id; null for participants who gave none. */
  id: string | null;
  label: SegmentQuestion['options'][number]['label'] | null;
  participants: number;
  /** Latest votes of the segment's participants on published statements. */
  tally: Tally;
}

export interface ReportStatement extends Pick<Statement, 'id' | 'lang' | 'text' | 'translations' | 'isSeed' | 'isMeta' | 'createdAt'> {
  tally: Tally;
  /** Per group, in the order of `groups`. */
  byGroup: Tally[];
  /** Per segment answer, in the order of `segments.answers`. */
  bySegment: Tally[];
  /** Geometric mean over groups of (na+1)/(ns+2); null when the statement is not in the math. */
  groupInformedConsensus: number | null;
}

export interface Report {
  conversation: Conversation;
  generatedAt: number;
  snapshot: { version: number; computedAt: number; inConv: number; placeMinVotes: number; divisiveMinVotesPerGroup: number } | null;
  headline: { participants: number; voters: number; votes: number; voteEvents: number; statements: StatementFigures };
  participation: DayCounts[];
  groups: { id: number; size: number; repness: (MathResult['groups'][number]['repness'][number] & { inside: Tally; outside: Tally })[] }[];
  consensus: MathResult['consensus'];
  divisive: (MathResult['divisive'][number] & { byGroup: Tally[] })[];
  uncertainty: Uncertainty;
  statements: ReportStatement[];
  segments: { question: SegmentQuestion['question'] | null; answers: ReportSegment[] } | null;
  serviceLevel: ServiceLevelFigures;
}

function isComplete(result: unknown): result is MathResult {
  const r = result as Partial<MathResult> | null;
  return !!r && Array.isArray(r.groups) && !!r.consensus && Array.isArray(r.divisive) && Array.isArray(r.groupInformedConsensus) && !!r.parameters && !!r.pca;
}

/**
 * Everything the public report shows, in one read: headline figures, participation per Helsinki
 * day, groups, consensus, divisive and uncertain statements, every published statement per group
 * and per segment answer, and the moderation service level. Visible when the results are (staff
 * always); without math yet, the math sections are empty.
 */
export async function getReport(deps: AppDeps, input: { slug: string; viewer: User | null }): Promise<Report> {
  const { conversation, snapshot } = await getResults(deps, input);
  const { store } = deps;
  const id = conversation.id;
  const [all, published, participants, voters, counts, hours, segmentTallies, segmentSizes] = await Promise.all([
    store.statements.list(id, ['pending', 'published', 'rejected', 'withdrawn']),
    store.statements.listWithTallies(id, ['published']),
    store.participants.count(id),
    store.votes.voterCount(id),
    store.votes.count(id),
    store.activity.byHour(id),
    store.activity.segmentTallies(id),
    store.activity.segmentSizes(id),
  ]);

  const result = snapshot && isComplete(snapshot.result) ? snapshot.result : null;
  const tallies = snapshot && result ? await groupTalliesOf(deps, snapshot) : { groupIds: [], byStatement: new Map<string, Tally[]>() };
  const groups = result?.groups ?? [];
  const byGroup = (statementId: string) => {
    const t = tallies.byStatement.get(statementId);
    return groups.map((g) => ({ ...(t?.[tallies.groupIds.indexOf(g.id)] ?? zero()) }));
  };

  // Segment answers: the question's options in order, then answers no longer offered, then none.
  const question = conversation.settings.segmentQuestion;
  const answerIds: (string | null)[] = [...(question?.options.map((o) => o.id) ?? [])];
  for (const row of [...segmentSizes, ...segmentTallies]) if (!answerIds.includes(row.segment)) answerIds.push(row.segment);
  if (answerIds.includes(null)) answerIds.push(...answerIds.splice(answerIds.indexOf(null), 1));
  const segmentIndex = new Map(answerIds.map((a, i) => [a, i]));
  const bySegment = new Map<string, Tally[]>();
  const publishedIds = new Set(published.map((s) => s.id));
  const answers: ReportSegment[] = answerIds.map((a) => ({
    id: a,
    label: question?.options.find((o) => o.id === a)?.label ?? null,
    participants: segmentSizes.find((s) => s.segment === a)?.participants ?? 0,
    tally: zero(),
  }));
  for (const row of segmentTallies) {
    if (!publishedIds.has(row.statementId)) continue;
    const list = bySegment.get(row.statementId) ?? answerIds.map(zero);
    const t = list[segmentIndex.get(row.segment)!]!;
    add(t, row);
    add(answers[segmentIndex.get(row.segment)!]!.tally, row);
    bySegment.set(row.statementId, list);
  }
  const hasSegments = question !== null || answerIds.some((a) => a !== null);

  const gic = new Map(result?.groupInformedConsensus.map((g) => [g.statementId, g.geometricMean]) ?? []);
  return {
    conversation,
    generatedAt: deps.clock.now(),
    snapshot: snapshot && result
      ? {
          version: snapshot.version, computedAt: snapshot.createdAt, inConv: result.inConv.length,
          placeMinVotes: votesNeededToPlace(result), divisiveMinVotesPerGroup: result.parameters.divisiveMinVotesPerGroup,
        }
      : null,
    headline: { participants, voters, votes: counts.latest, voteEvents: counts.events, statements: statementFigures(all) },
    participation: bucketByHelsinkiDay(hours),
    groups: groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      repness: g.repness.map((r) => ({ ...r, ...insideOutside(tallies.byStatement.get(r.statementId), tallies.groupIds.indexOf(g.id)) })),
    })),
    consensus: result?.consensus ?? { agree: [], disagree: [] },
    divisive: (result?.divisive ?? []).map((d) => ({ ...d, byGroup: byGroup(d.statementId) })),
    uncertainty: uncertainStatements(published.filter((s) => !s.isMeta)),
    statements: published.map((s) => ({
      id: s.id, lang: s.lang, text: s.text, translations: s.translations, isSeed: s.isSeed, isMeta: s.isMeta, createdAt: s.createdAt,
      tally: { agree: s.tally.agree, disagree: s.tally.disagree, pass: s.tally.pass },
      byGroup: byGroup(s.id),
      bySegment: hasSegments ? (bySegment.get(s.id) ?? answerIds.map(zero)) : [],
      groupInformedConsensus: gic.get(s.id) ?? null,
    })),
    segments: hasSegments ? { question: question?.question ?? null, answers } : null,
    serviceLevel: serviceLevelOf(await moderationStatsOf(deps, conversation)),
  };
}
