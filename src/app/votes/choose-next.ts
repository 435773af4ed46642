import { chooseNextStatement as draw, statementPriority, type RoutingCandidate } from '../../domain/math/routing.js';
import { DEFAULT_PARAMS } from '../../domain/math/params.js';
import type { Statement } from '../../domain/statement/statement.js';
import type { Tally } from '../../domain/vote/vote.js';

export interface RoutingContext {
  participantId: string;
  /** The statements this participant has voted on. */
  voted: ReadonlySet<string>;
  votesCast: number;
  /** Each statement's extremity from the latest math result (0 for statements it has not seen). */
  extremity: ReadonlyMap<string, number>;
}

const NO_VOTES: Tally = { agree: 0, disagree: 0, pass: 0 };
const NO_STATEMENTS: ReadonlySet<string> = new Set();

/**
 * The routing rule of math.md §12 over live tallies: new and less-voted statements first, seed
 * statements early, drawn at random but reproducibly for a participant and their vote count.
 * `published` comes in the store's order, which is stable: it is read, never copied or sorted,
 * since every vote routes a next card over all of a conversation's statements.
 */
export function chooseNextStatement(
  published: readonly Statement[],
  tallies: ReadonlyMap<string, Tally>,
  ctx: RoutingContext,
): Statement | null {
  const pool: RoutingCandidate[] = [];
  for (const s of published) {
    if (s.isMeta || ctx.voted.has(s.id)) continue;
    const t = tallies.get(s.id) ?? NO_VOTES;
    const votes = t.agree + t.disagree + t.pass;
    pool.push({
      statementId: s.id,
      seed: s.isSeed,
      priority: statementPriority(t.agree, t.pass, votes, ctx.extremity.get(s.id) ?? 0, DEFAULT_PARAMS),
    });
  }
  const id = draw(pool, NO_STATEMENTS, ctx.participantId, ctx.votesCast, DEFAULT_PARAMS);
  return id === null ? null : (published.find((s) => s.id === id) ?? null);
}

/** Statement → extremity, read from a stored math result. */
export function extremityFrom(result: unknown): Map<string, number> {
  const pca = (result as { pca?: { statementIds?: string[]; extremity?: number[] } } | null)?.pca;
  const map = new Map<string, number>();
  pca?.statementIds?.forEach((id, i) => map.set(id, pca.extremity?.[i] ?? 0));
  return map;
}
