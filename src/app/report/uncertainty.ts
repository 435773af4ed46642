/**
 * Statements with much uncertainty: those the participants could not make up their minds on (many
 * passes) and those too few people voted on for their percentages to mean much.
 */
import type { Tally } from '../../domain/vote/vote.js';

export const UNCERTAINTY = {
  /** "Many passes": at least this share of the statement's votes are passes… */
  minPassShare: 0.3,
  /** …counted only once the statement has at least this many votes. */
  minVotesForPassShare: 5,
  /** "Few votes": fewer votes than this share of the median published statement's… */
  fewVotesShareOfMedian: 0.25,
  /** …and never fewer than this many. */
  fewVotesAtLeast: 5,
  /** Statements listed per reason, at most. */
  listed: 10,
} as const;

export interface UncertainStatement {
  statementId: string;
  reason: 'many_passes' | 'few_votes';
  votes: number;
  passShare: number;
}

export interface Uncertainty {
  /** The "few votes" threshold this conversation got: a statement with fewer votes is listed. */
  fewVotesBelow: number;
  statements: UncertainStatement[];
}

const votesOf = (t: Tally) => t.agree + t.disagree + t.pass;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Many passes first (most passes first), then few votes (fewest first); a statement is listed once. */
export function uncertainStatements(statements: readonly { id: string; tally: Tally }[]): Uncertainty {
  const fewVotesBelow = Math.max(UNCERTAINTY.fewVotesAtLeast, Math.ceil(UNCERTAINTY.fewVotesShareOfMedian * median(statements.map((s) => votesOf(s.tally)))));
  const rows = statements.map((s) => {
    const votes = votesOf(s.tally);
    return { statementId: s.id, votes, passShare: votes === 0 ? 0 : s.tally.pass / votes };
  });
  const byId = (a: { statementId: string }, b: { statementId: string }) => (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0);
  const manyPasses = rows
    .filter((r) => r.votes >= UNCERTAINTY.minVotesForPassShare && r.passShare >= UNCERTAINTY.minPassShare)
    .sort((a, b) => b.passShare - a.passShare || b.votes - a.votes || byId(a, b))
    .slice(0, UNCERTAINTY.listed);
  const listed = new Set(manyPasses.map((r) => r.statementId));
  const fewVotes = rows
    .filter((r) => r.votes < fewVotesBelow && !listed.has(r.statementId))
    .sort((a, b) => a.votes - b.votes || byId(a, b))
    .slice(0, UNCERTAINTY.listed);
  return {
    fewVotesBelow,
    statements: [
      ...manyPasses.map((r) => ({ ...r, reason: 'many_passes' as const })),
      ...fewVotes.map((r) => ({ ...r, reason: 'few_votes' as const })),
    ],
  };
}
