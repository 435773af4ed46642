import type { StatementWithTally } from '../ports.js';

export interface RoutingContext {
  participantId: string;
  votesCast: number;
  /** The latest math result, when there is one. */
  snapshot: unknown;
}

/** Seed statements first, then the least-voted; ties by id so the choice is reproducible. */
export function chooseNextStatement(candidates: StatementWithTally[], _ctx: RoutingContext): StatementWithTally | null {
  const votes = (s: StatementWithTally) => s.tally.agree + s.tally.disagree + s.tally.pass;
  const sorted = [...candidates].sort(
    (a, b) => Number(b.isSeed) - Number(a.isSeed) || votes(a) - votes(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return sorted[0] ?? null;
}
