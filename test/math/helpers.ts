/** Shared helpers of the fixture-based math tests. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MathResult, MathState } from '../../src/domain/math/index.js';
import type { PolisMathOutput } from '../../src/infra/polis/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const POLIS_MATH = join(here, '..', 'fixtures', 'polis-math');
export const POLIS_OPEN_DATA = join(here, '..', 'fixtures', 'polis-open-data');

/** Pearson correlation. */
export function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n, mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Participant → group id of a result. */
export function groupOf(result: MathResult): Map<string, number> {
  return new Map(result.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
}

/**
 * A previous-update state holding Pol.is's own PCA components (for their orientation) and group
 * centres for k: Pol.is's group k-means starts from its history, which a cold start cannot know.
 */
export function stateFromPolis(math: PolisMathOutput): MathState {
  const modOut = new Set(math.modOut);
  const kept = math.tids.map((t, j) => [t, j] as const).filter(([t]) => !modOut.has(t));
  return {
    schemaVersion: 1,
    pca: { statementIds: kept.map(([t]) => t), comps: [kept.map(([, j]) => math.pca.comps[0][j]!), kept.map(([, j]) => math.pca.comps[1][j]!)] },
    inConv: [],
    baseCentres: [],
    groupCentres: { [String(math.groups.length)]: math.groups.flatMap((g) => g.centre) },
    kSmoothing: { shown: null, candidate: null, streak: 0 },
    bridging: null,
  };
}

/** A result's JSON without the timings, which are outside the determinism contract. */
export function canonicalJson(result: MathResult): string {
  return JSON.stringify({ ...result, timingsMs: {} });
}
