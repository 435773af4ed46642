import { chooseNextStatement as draw, statementPriority } from '../../domain/math/routing.js';
import { DEFAULT_PARAMS } from '../../domain/math/params.js';
import type { StatementWithTally } from '../ports.js';

export interface RoutingContext {
  participantId: string;
  votesCast: number;
  /** Each statement's extremity from the latest math result (0 for statements it has not seen). */
  extremity: ReadonlyMap<string, number>;
}

/**
 * The routing rule of math.md §12 over live tallies: new and less-voted statements first, seed
 * statements early, drawn at random but reproducibly for a participant and their vote count.
 */
export function chooseNextStatement(candidates: StatementWithTally[], ctx: RoutingContext): StatementWithTally | null {
  const ordered = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pool = ordered.map((s) => {
    const votes = s.tally.agree + s.tally.disagree + s.tally.pass;
    return {
      statementId: s.id,
      seed: s.isSeed,
      priority: statementPriority(s.tally.agree, s.tally.pass, votes, ctx.extremity.get(s.id) ?? 0, DEFAULT_PARAMS),
    };
  });
  const id = draw(pool, new Set(), ctx.participantId, ctx.votesCast, DEFAULT_PARAMS);
  return ordered.find((s) => s.id === id) ?? null;
}

/** Statement → extremity, read from a stored math result. */
export function extremityFrom(result: unknown): Map<string, number> {
  const pca = (result as { pca?: { statementIds?: string[]; extremity?: number[] } } | null)?.pca;
  const map = new Map<string, number>();
  pca?.statementIds?.forEach((id, i) => map.set(id, pca.extremity?.[i] ?? 0));
  return map;
}
