/**
 * Every number the opinion math uses, named and documented (see design/math.md). A snapshot stores
 * the parameters it was computed with, so that a result can always be reproduced.
 */
export interface MathParams {
  /** PCA: most power-iteration steps per update. */
  pcaMaxIterations: number;
  /** PCA: stop when no component entry changes by more than this between two steps. */
  pcaTolerance: number;

  /** In-conv: a participant is clustered after voting on min(this, n_included) statements. */
  inConvMinVotes: number;
  /** In-conv: when fewer participants qualify, the earliest voters are added up to this many. */
  inConvMinParticipants: number;

  /** Base clusters: k of the fine k-means on the 2-D projections. */
  baseClusterCount: number;
  /** k-means (base and group): most Lloyd iterations. */
  kmeansMaxIterations: number;
  /** k-means: stop when no centre moves further than this (Euclidean, projection units). */
  kmeansTolerance: number;

  /** Groups: smallest number of opinion groups tried. */
  groupKMin: number;
  /** Groups: largest number of opinion groups tried. */
  groupKMax: number;
  /** Groups: one more k is tried for every this many base clusters (k ≤ kMin + ⌊n_base / this⌋). */
  groupKPerBaseClusters: number;
  /**
   * Groups: where the group k-means starts. 'polis': the previous update's centres, else the first k
   * distinct base clusters, as Pol.is does (its groups are the local optimum found from there).
   * 'best-inertia': also a farthest-first start, keeping the clustering with the smallest inertia;
   * more robust on a cold start, less like Pol.is.
   */
  groupStarts: 'polis' | 'best-inertia';
  /** Groups: the shown k changes only after the same new k has won this many updates in a row. */
  kSmoothingUpdates: number;

  /** z of a one-sided 90 % test, used for representativeness and consensus. */
  significanceZ: number;
  /** Representative statements kept per group. */
  repnessCount: number;
  /** Consensus: statements kept per list (agree, disagree). */
  consensusCount: number;
  /** Consensus: a statement needs an agree (or disagree) probability above this. */
  consensusMinProbability: number;

  /** Divisive: every group needs at least this many votes on a statement for it to be scored. */
  divisiveMinVotesPerGroup: number;
  /** Divisive: statements kept. */
  divisiveCount: number;

  /** Routing: weight of the "new statement" boost, `1 + boost · 2^(−S / halfLife)`. */
  priorityNewBoost: number;
  /** Routing: votes after which the new-statement boost has halved. */
  priorityBoostHalfLife: number;
  /** Routing: fixed priority of meta statements (Pol.is uses 7² = 49). */
  metaPriority: number;
  /** Routing: a participant sees every seed statement before any other. */
  seedFirst: boolean;

  /** Bridging: regularisation of the participant and statement intercepts. */
  bridgingInterceptRegularization: number;
  /** Bridging: regularisation of the participant and statement factors. */
  bridgingFactorRegularization: number;
  /** Bridging: most alternating-least-squares sweeps per update. */
  bridgingMaxIterations: number;
  /** Bridging: stop when no statement intercept changes by more than this in a sweep. */
  bridgingTolerance: number;

  /**
   * Reproduce Pol.is's handling of moderated-out statements, for comparisons with Pol.is: their
   * columns count as voted by everyone in the projection scale, and votes on them count towards
   * the in-conv threshold. Off by default (math.md: the default must not shrink the scale).
   */
  polisParity: boolean;
}

export const DEFAULT_PARAMS: Readonly<MathParams> = Object.freeze({
  pcaMaxIterations: 100,
  pcaTolerance: 1e-10,
  inConvMinVotes: 7,
  inConvMinParticipants: 15,
  baseClusterCount: 100,
  kmeansMaxIterations: 100,
  kmeansTolerance: 0.01,
  groupKMin: 2,
  groupKMax: 5,
  groupKPerBaseClusters: 12,
  groupStarts: 'polis',
  kSmoothingUpdates: 4,
  significanceZ: 1.2816,
  repnessCount: 5,
  consensusCount: 5,
  consensusMinProbability: 0.5,
  divisiveMinVotesPerGroup: 3,
  divisiveCount: 5,
  priorityNewBoost: 8,
  priorityBoostHalfLife: 5,
  metaPriority: 49,
  seedFirst: true,
  bridgingInterceptRegularization: 0.15,
  bridgingFactorRegularization: 0.03,
  bridgingMaxIterations: 30,
  bridgingTolerance: 1e-3,
  polisParity: false,
});

/** Defaults overridden by `overrides`; rejects values that would make the math meaningless. */
export function resolveParams(overrides: Partial<MathParams> = {}): MathParams {
  const p: MathParams = { ...DEFAULT_PARAMS, ...overrides };
  const positiveInts: (keyof MathParams)[] = [
    'pcaMaxIterations', 'inConvMinVotes', 'baseClusterCount', 'kmeansMaxIterations', 'groupKMin',
    'groupKMax', 'groupKPerBaseClusters', 'kSmoothingUpdates', 'repnessCount', 'consensusCount',
    'divisiveCount', 'bridgingMaxIterations',
  ];
  for (const key of positiveInts) {
    const v = p[key] as number;
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`math parameter ${key} must be a positive integer`);
  }
  if (p.groupKMin < 2 || p.groupKMax < p.groupKMin) throw new RangeError('math parameters need 2 ≤ groupKMin ≤ groupKMax');
  if (p.groupStarts !== 'polis' && p.groupStarts !== 'best-inertia') throw new RangeError("math parameter groupStarts must be 'polis' or 'best-inertia'");
  if (!Number.isInteger(p.inConvMinParticipants) || p.inConvMinParticipants < 0) {
    throw new RangeError('math parameter inConvMinParticipants must be a non-negative integer');
  }
  return p;
}
