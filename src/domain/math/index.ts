/**
 * The opinion math in one call: `computeMath(input, options, previousState)` turns a conversation's
 * votes into a plain-JSON result (a versioned snapshot) and the state a warm update starts from.
 * Pure and deterministic: the same votes, in any order, give byte-identical JSON (apart from
 * `timingsMs`, measured only with a clock passed in options).
 */
import { fitBridging } from './bridging.js';
import { consensus, groupInformedConsensus } from './consensus.js';
import { divisiveStatements } from './divisive.js';
import { groupParticipants } from './grouping.js';
import { computeInConv } from './in-conv.js';
import { resolveParams } from './params.js';
import { COLD_BLOCK, fixSigns, mapComponents, powerIteration } from './pca.js';
import { prepare } from './prepare.js';
import { projectParticipants, statementExtremity, type ScaleColumns } from './projection.js';
import { groupStats, representativeStatements, tallyGroups } from './repness.js';
import { statementPriority } from './routing.js';
import type { MathInput, MathOptions, MathOutput, MathResult, MathState, RepnessResult } from './types.js';

export { VoteMatrix, type MatrixSnapshot, type VoteValue } from './matrix.js';
export { DEFAULT_PARAMS, resolveParams, type MathParams } from './params.js';
export { chooseNextStatement, drawFraction, statementPriority, type RoutingCandidate } from './routing.js';
export type * from './types.js';
export { MathWorkspace } from './workspace.js';

const list = (a: ArrayLike<number>): number[] => Array.from(a);
/** Every other entry of an interleaved (x, y) array, starting at `offset`. */
const everyOther = (a: Float64Array, offset: 0 | 1): number[] => {
  const out = new Array<number>(a.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = a[2 * i + offset]!;
  return out;
};

export function computeMath(input: MathInput, options: MathOptions = {}, previous?: MathState | null): MathOutput {
  const params = resolveParams(options.params);
  const clock = options.clock;
  const timingsMs: Record<string, number> = {};
  const start = clock?.() ?? 0;
  let mark = start;
  const lap = (name: string) => {
    if (!clock) return;
    const now = clock();
    timingsMs[name] = now - mark;
    mark = now;
  };

  const prep = prepare(input.votes.snapshot(), input, options.workspace);
  lap('prepare');
  const inConv = computeInConv(prep, params, previous?.inConv);
  lap('inConv');

  const nC = prep.included.length;
  const x = prep.x;
  const warm = mapComponents(previous?.pca, prep.includedIds);
  // From the previous components two vectors suffice; a cold start adds two guard vectors.
  const pca = powerIteration(prep.rowPtr, prep.col, x, nC, params.pcaMaxIterations, params.pcaTolerance, warm, warm ? 2 : COLD_BLOCK);
  fixSigns(pca.comps, warm);
  lap('pca');

  const cols: ScaleColumns = { included: nC, excludedWithVotes: prep.excludedWithVotes, polisParity: params.polisParity };
  const projections = projectParticipants(prep.rowPtr, prep.col, x, pca.comps, cols);
  const extremity = statementExtremity(prep.center, pca.comps, cols);
  const inConvRows: number[] = [];
  for (let i = 0; i < inConv.length; i++) if (inConv[i]) inConvRows.push(i);
  const points = new Float64Array(inConvRows.length * 2);
  inConvRows.forEach((r, j) => { points[2 * j] = projections[2 * r]!; points[2 * j + 1] = projections[2 * r + 1]!; });
  lap('projection');

  const grouping = groupParticipants(points, params, options.forceK, previous ?? {});
  lap('clustering');

  // Tallies of in-conv participants per group (one pseudo-group without groups, for routing).
  const nGroups = grouping.chosen ? grouping.chosen.centres.length / 2 : 0;
  const groupOf = new Int32Array(prep.participantIds.length).fill(-1);
  inConvRows.forEach((r, j) => { groupOf[r] = nGroups > 0 ? grouping.pointGroup[j]! : 0; });
  const tallies = tallyGroups(prep.rowPtr, prep.col, prep.val, groupOf, Math.max(nGroups, 1), nC);
  const groupTallies = nGroups > 0 ? tallies : { ...tallies, groups: 0 };

  const groups = [];
  for (let g = 0; g < nGroups; g++) {
    const members: string[] = [];
    inConvRows.forEach((r, j) => { if (grouping.pointGroup[j] === g) members.push(prep.participantIds[r]!); });
    const repness: RepnessResult[] = representativeStatements(groupStats(groupTallies, g), params).map((e) => ({
      statementId: prep.includedIds[e.column]!, direction: e.direction, bestAgree: e.bestAgree,
      nAgree: e.na, nDisagree: e.nd, nVotes: e.ns, pa: e.pa, pat: e.pat, ra: e.ra, rat: e.rat,
      pd: e.pd, pdt: e.pdt, rd: e.rd, rdt: e.rdt, metric: e.metric,
    }));
    const c = grouping.chosen!.centres;
    groups.push({ id: g, members, centre: [c[2 * g]!, c[2 * g + 1]!] as [number, number], repness });
  }

  const inc = (a: Int32Array) => Int32Array.from(prep.included, (c) => a[c]!);
  const votesPerCol = Int32Array.from(prep.included, (c) => prep.agree[c]! + prep.disagree[c]! + prep.pass[c]!);
  const cons = consensus(inc(prep.agree), inc(prep.disagree), votesPerCol, params);
  const toConsensus = (e: { column: number; successes: number; votes: number; p: number; test: number }) => ({
    statementId: prep.includedIds[e.column]!, successes: e.successes, votes: e.votes, p: e.p, test: e.test,
  });
  const gic = groupInformedConsensus(groupTallies);
  const divisive = divisiveStatements(groupTallies, params).map((d) => ({ statementId: prep.includedIds[d.column]!, variance: d.variance, agreeByGroup: d.agreeByGroup }));
  lap('statistics');

  const priorities = priorityList(prep, tallies, extremity, params);
  lap('priorities');

  let bridging: MathResult['bridging'] = null;
  let bridgingState: MathState['bridging'] = null;
  const doBridging = options.bridging ?? true;
  if (doBridging && nC > 0) {
    const prevB = previous?.bridging ? mapComponents({ statementIds: previous.bridging.statementIds, comps: [previous.bridging.factors, previous.bridging.intercepts] }, prep.includedIds) : undefined;
    const startFactors = prevB ? prevB[0] : pca.comps[0].map((v) => v * Math.sqrt(nC));
    const fit = fitBridging(prep.rowPtr, prep.col, prep.val, nC, params, startFactors, prevB?.[1], pca.comps[0]);
    bridging = {
      mean: fit.mean, iterations: fit.iterations,
      statements: prep.includedIds.map((id, c) => ({ statementId: id, intercept: fit.intercepts[c]!, factor: fit.factors[c]! })),
    };
    bridgingState = { statementIds: prep.includedIds.slice(), intercepts: list(fit.intercepts), factors: list(fit.factors) };
  }
  lap('bridging');
  if (clock) timingsMs.total = clock() - start;

  const includedMask = new Uint8Array(prep.statementIds.length);
  prep.included.forEach((c) => { includedMask[c] = 1; });
  const base = grouping.base;
  const nBase = base.weights.length;
  const baseGroup = grouping.chosen ? list(grouping.chosen.assignment) : new Array<number>(nBase).fill(-1);
  const result: MathResult = {
    schemaVersion: 1,
    parameters: { ...params, forceK: options.forceK ?? null, bridging: doBridging },
    participants: prep.participantIds.length,
    statements: prep.statementIds.length,
    votes: prep.agree.reduce((a, b) => a + b, 0) + prep.disagree.reduce((a, b) => a + b, 0) + prep.pass.reduce((a, b) => a + b, 0),
    participantIds: prep.participantIds,
    statementTallies: prep.statementIds.map((id, c) => ({
      id, included: includedMask[c] === 1, meta: prep.meta[c] === 1, seed: prep.seed[c] === 1,
      agree: prep.agree[c]!, disagree: prep.disagree[c]!, pass: prep.pass[c]!,
    })),
    inConv: inConvRows.map((r) => prep.participantIds[r]!),
    pca: {
      statementIds: prep.includedIds, center: list(prep.center), comps: [list(pca.comps[0]), list(pca.comps[1])],
      eigenvalues: pca.eigenvalues, iterations: pca.iterations, extremity: list(extremity),
      x: everyOther(projections, 0), y: everyOther(projections, 1),
    },
    baseClusters: {
      x: everyOther(base.centres, 0), y: everyOther(base.centres, 1),
      size: list(base.weights), group: baseGroup, iterations: base.iterations,
    },
    inConvBaseCluster: list(base.assignment),
    k: {
      shown: nGroups, winner: grouping.winner, forced: options.forceK !== undefined,
      silhouettes: Object.fromEntries(grouping.tried.map((c) => [String(c.k), c.silhouette])),
      candidate: grouping.smoothing.candidate, streak: grouping.smoothing.streak,
    },
    groups,
    consensus: { agree: cons.agree.map(toConsensus), disagree: cons.disagree.map(toConsensus) },
    groupInformedConsensus: prep.includedIds.map((id, c) => ({ statementId: id, product: gic.product[c]!, geometricMean: gic.geometricMean[c]! })),
    divisive,
    priorities,
    bridging,
    timingsMs,
  };
  const state: MathState = {
    schemaVersion: 1,
    pca: nC > 0 ? { statementIds: prep.includedIds.slice(), comps: [list(pca.comps[0]), list(pca.comps[1])] } : null,
    inConv: result.inConv.slice(),
    baseCentres: list(base.centres),
    groupCentres: Object.fromEntries(grouping.tried.map((c) => [String(c.k), list(c.centres)])),
    kSmoothing: grouping.smoothing,
    bridging: bridgingState,
  };
  return { result, state };
}

/** Routing priorities of every routable statement (not mod-out; meta at its fixed priority). */
function priorityList(
  prep: ReturnType<typeof prepare>, tallies: ReturnType<typeof tallyGroups>, extremity: Float64Array, params: ReturnType<typeof resolveParams>,
): { statementId: string; priority: number }[] {
  const column = new Int32Array(prep.statementIds.length).fill(-1);
  prep.included.forEach((c, j) => { column[c] = j; });
  const out: { statementId: string; priority: number }[] = [];
  prep.statementIds.forEach((id, c) => {
    if (prep.modOut[c]) return;
    if (prep.meta[c]) { out.push({ statementId: id, priority: params.metaPriority }); return; }
    const j = column[c]!;
    let A = 0, D = 0, S = 0;
    if (j >= 0) {
      for (let g = 0; g < tallies.groups; g++) {
        A += tallies.agree[g * tallies.cols + j]!; D += tallies.disagree[g * tallies.cols + j]!; S += tallies.votes[g * tallies.cols + j]!;
      }
    }
    out.push({ statementId: id, priority: statementPriority(A, S - A - D, S, j >= 0 ? extremity[j]! : 0, params) });
  });
  return out;
}
