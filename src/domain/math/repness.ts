/**
 * Representative statements of each opinion group (math.md §7–8): per group and statement the agree,
 * disagree and vote tallies of its in-conv members, compared with everyone else in-conv.
 */
import type { MathParams } from './params.js';
import { repStats, type RepStats } from './stats.js';

/** Tallies per group and included column, stored at `g * cols + c`. */
export interface GroupTallies {
  groups: number;
  cols: number;
  agree: Int32Array;
  disagree: Int32Array;
  votes: Int32Array;
}

/** Tallies the votes of rows whose `groupOf` is ≥ 0. */
export function tallyGroups(rowPtr: Int32Array, col: Int32Array, val: Int8Array, groupOf: Int32Array, groups: number, cols: number): GroupTallies {
  const agree = new Int32Array(groups * cols), disagree = new Int32Array(groups * cols), votes = new Int32Array(groups * cols);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const base = g * cols;
    for (let k = rowPtr[i]!; k < rowPtr[i + 1]!; k++) {
      const at = base + col[k]!, v = val[k]!;
      votes[at]!++;
      if (v > 0) agree[at]!++; else if (v < 0) disagree[at]!++;
    }
  }
  return { groups, cols, agree, disagree, votes };
}

export type Direction = 'agree' | 'disagree';

export interface RepEntry extends RepStats {
  column: number;
  direction: Direction;
  /** ra·rat·pa·pat (agree) or rd·rdt·pd·pdt (disagree): the ranking score. */
  metric: number;
  /** The group's best-agreed statement, shown first (Pol.is's "best agree"). */
  bestAgree: boolean;
}

function agreeMetric(s: RepStats): number {
  return s.ra * s.rat * s.pa * s.pat;
}

function disagreeMetric(s: RepStats): number {
  return s.rd * s.rdt * s.pd * s.pdt;
}

function entry(s: RepStats, column: number, direction: Direction, isBest: boolean): RepEntry {
  return {
    na: s.na, nd: s.nd, ns: s.ns, pa: s.pa, pd: s.pd, pat: s.pat, pdt: s.pdt, ra: s.ra, rd: s.rd, rat: s.rat, rdt: s.rdt,
    column, direction, metric: direction === 'agree' ? agreeMetric(s) : disagreeMetric(s), bestAgree: isBest,
  };
}

/** Statistics of every column for group g against the other groups together. */
export function groupStats(t: GroupTallies, g: number): RepStats[] {
  const out: RepStats[] = [];
  for (let c = 0; c < t.cols; c++) {
    let oa = 0, od = 0, os = 0;
    for (let h = 0; h < t.groups; h++) {
      if (h === g) continue;
      oa += t.agree[h * t.cols + c]!; od += t.disagree[h * t.cols + c]!; os += t.votes[h * t.cols + c]!;
    }
    const at = g * t.cols + c;
    out.push(repStats(t.agree[at]!, t.disagree[at]!, t.votes[at]!, oa, od, os));
  }
  return out;
}

/**
 * The group's best-agreed statement: among statements the group agrees with more than the others
 * (ra > 1) and more than it disagrees (pa > pd), the highest agree score; failing any, the highest
 * pa·pat among statements with at least one agree. Ties go to the earlier statement.
 */
export function bestAgree(stats: readonly RepStats[]): number | null {
  let best: number | null = null, bestScore = -Infinity;
  stats.forEach((s, c) => {
    if (s.ra > 1 && s.pa > s.pd && agreeMetric(s) > bestScore) { best = c; bestScore = agreeMetric(s); }
  });
  if (best !== null) return best;
  stats.forEach((s, c) => {
    if (s.na > 0 && s.pa * s.pat > bestScore) { best = c; bestScore = s.pa * s.pat; }
  });
  return best;
}

/**
 * Significant statements (one-sided 90 % on both tests, in either direction) ranked by score; the
 * best `count` are kept with the best-agreed statement first, then agrees, then disagrees. With none
 * significant the best-agreed statement alone remains, as in Pol.is.
 */
export function representativeStatements(stats: readonly RepStats[], params: Pick<MathParams, 'significanceZ' | 'repnessCount'>): RepEntry[] {
  const z = params.significanceZ;
  const best = bestAgree(stats);
  const significant: RepEntry[] = [];
  stats.forEach((s, c) => {
    if (c === best) return;
    if (!((s.rat > z && s.pat > z) || (s.rdt > z && s.pdt > z))) return;
    const direction: Direction = s.rat > s.rdt ? 'agree' : 'disagree';
    significant.push(entry(s, c, direction, false));
  });
  significant.sort((a, b) => b.metric - a.metric || a.column - b.column);
  const room = params.repnessCount - (best === null ? 0 : 1);
  const kept = significant.slice(0, Math.max(room, 0));
  const ordered = kept.filter((e) => e.direction === 'agree').concat(kept.filter((e) => e.direction === 'disagree'));
  if (best === null) return ordered;
  return [entry(stats[best]!, best, 'agree', true), ...ordered];
}
