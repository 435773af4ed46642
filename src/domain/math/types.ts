/** The input, options, result and state of `computeMath`. Results and state are plain JSON. */
import type { VoteMatrix } from './matrix.js';
import type { MathParams } from './params.js';
import type { PrepareInput } from './prepare.js';
import type { KSmoothing } from './silhouette.js';
import type { MathWorkspace } from './workspace.js';

export interface MathInput extends PrepareInput {
  /** The conversation's votes (latest per participant and statement). */
  votes: VoteMatrix;
}

export interface MathOptions {
  /** Overrides of the defaults in `params.ts`. */
  params?: Partial<MathParams>;
  /** Use this number of groups instead of the silhouette choice (capped by the base clusters). */
  forceK?: number;
  /** Fit the bridging score (default true). */
  bridging?: boolean;
  /** A clock in milliseconds (e.g. `performance.now`) for `timingsMs`; the math never reads time itself. */
  clock?: () => number;
  /** Scratch memory reused between updates by a long-lived worker (one per conversation). */
  workspace?: MathWorkspace;
}

/** What a warm update starts from. */
export interface MathState {
  schemaVersion: 1;
  pca: { statementIds: string[]; comps: [number[], number[]] } | null;
  /** Everyone who was ever in-conv (they stay in). */
  inConv: string[];
  /** Interleaved (x, y) of the base-cluster centres. */
  baseCentres: number[];
  /** Interleaved (x, y) group centres per tried k. */
  groupCentres: Record<string, number[]>;
  kSmoothing: KSmoothing;
  bridging: { statementIds: string[]; intercepts: number[]; factors: number[] } | null;
}

export interface StatementTally {
  id: string;
  /** Part of the math (not mod-out, not meta, has votes). */
  included: boolean;
  meta: boolean;
  seed: boolean;
  agree: number;
  disagree: number;
  pass: number;
}

export interface RepnessResult {
  statementId: string;
  direction: 'agree' | 'disagree';
  bestAgree: boolean;
  nAgree: number;
  nDisagree: number;
  nVotes: number;
  pa: number;
  pat: number;
  ra: number;
  rat: number;
  pd: number;
  pdt: number;
  rd: number;
  rdt: number;
  metric: number;
}

export interface GroupResult {
  id: number;
  /** Participant ids, canonical order. */
  members: string[];
  centre: [number, number];
  repness: RepnessResult[];
}

export interface ConsensusResult {
  statementId: string;
  successes: number;
  votes: number;
  p: number;
  test: number;
}

export interface MathResult {
  schemaVersion: 1;
  parameters: MathParams & { forceK: number | null; bridging: boolean };
  /** Non-banned participants with at least one vote. */
  participants: number;
  /** Known statements. */
  statements: number;
  /** Votes counted (latest per participant and statement, banned participants left out). */
  votes: number;
  participantIds: string[];
  statementTallies: StatementTally[];
  inConv: string[];
  pca: {
    statementIds: string[];
    center: number[];
    comps: [number[], number[]];
    eigenvalues: [number, number];
    iterations: number;
    /** Length of each statement's projected position (routing's E). */
    extremity: number[];
    /** Position of every participant in `participantIds`. */
    x: number[];
    y: number[];
  };
  baseClusters: { x: number[]; y: number[]; size: number[]; group: number[]; iterations: number };
  /** Base cluster of each in-conv participant, aligned with `inConv`. */
  inConvBaseCluster: number[];
  k: { shown: number; winner: number | null; forced: boolean; silhouettes: Record<string, number>; candidate: number | null; streak: number };
  groups: GroupResult[];
  consensus: { agree: ConsensusResult[]; disagree: ConsensusResult[] };
  groupInformedConsensus: { statementId: string; product: number; geometricMean: number }[];
  divisive: { statementId: string; variance: number; agreeByGroup: number[] }[];
  /** Routable statements in canonical order. */
  priorities: { statementId: string; priority: number }[];
  bridging: { mean: number; iterations: number; statements: { statementId: string; intercept: number; factor: number }[] } | null;
  /** Milliseconds per stage; measured only with `options.clock`, and not part of the determinism contract. */
  timingsMs: Record<string, number>;
}

export interface MathOutput {
  result: MathResult;
  state: MathState;
}
