/**
 * Who is clustered ("in-conv"). A participant qualifies once they have voted on min(7, n) statements,
 * n being the number of included statements that had votes at that moment; while fewer than 15 have
 * qualified, the earliest voters are added up to 15. Like Pol.is, anyone who ever qualified stays.
 *
 * Replaying every vote in time order gives exactly this set, and it can be computed without sorting
 * the votes: a participant qualifies iff for some c ≤ 7 their c-th vote came when at most c included
 * statements had votes (or they reached 7 votes). While fewer than 15 are in, every vote event can add
 * at most one new participant, so the fill-up takes the first 15 participants in join order.
 */
import type { MathParams } from './params.js';
import type { Prepared } from './prepare.js';

/** Number of entries of the ascending array `sorted` that are ≤ t. */
export function countAtOrBefore(sorted: Float64Array, t: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Does a participant qualify? `times` holds the times of their first `m` counted votes, ascending
 * (m = inConvMinVotes or fewer), `count` their total counted votes, `statementTimes` the ascending
 * times at which included statements got their first vote.
 */
export function qualifies(times: Float64Array, count: number, minVotes: number, statementTimes: Float64Array): boolean {
  if (count === 0) return false;
  if (count >= minVotes) return true;
  for (let c = 1; c <= count; c++) {
    if (countAtOrBefore(statementTimes, times[c - 1]!) <= c) return true;
  }
  return false;
}

/** Per canonical participant: 1 when in-conv. `previous` holds ids that were in-conv before. */
export function computeInConv(prep: Prepared, params: MathParams, previous: Iterable<string> = []): Uint8Array {
  const { snap, participantRow, snapToIncluded, snapExcluded } = prep;
  const { rowPtr, col, firstTime } = snap;
  const nP = participantRow.length;
  const m = params.inConvMinVotes;
  const parity = params.polisParity;
  const counted = (s: number) => snapToIncluded[s]! >= 0 || (parity && snapExcluded[s] === 1);

  const statementTimes = Float64Array.from(prep.included, (c) => prep.statementFirstTime[c]!).sort();
  const before = new Set(previous);
  const out = new Uint8Array(nP);
  const times = new Float64Array(m);
  let filled = 0;
  for (let i = 0; i < nP; i++) {
    const r = participantRow[i]!, from = rowPtr[r]!, to = rowPtr[r + 1]!;
    if (filled < params.inConvMinParticipants) {
      let any = false;
      for (let k = from; k < to && !any; k++) any = counted(col[k]!);
      if (any) { out[i] = 1; filled++; continue; }
    }
    // Anyone in-conv before stays in; the rest are checked against their vote history.
    if (before.size > 0 && before.has(prep.participantIds[i]!)) { out[i] = 1; continue; }
    // Keep the m earliest counted vote times (insertion into a short sorted buffer).
    let count = 0;
    for (let k = from; k < to; k++) {
      if (!counted(col[k]!)) continue;
      const t = firstTime[k]!;
      let j = Math.min(count, m);
      if (j === m && t >= times[m - 1]!) { count++; continue; }
      if (j === m) j = m - 1;
      while (j > 0 && times[j - 1]! > t) { times[j] = times[j - 1]!; j--; }
      times[j] = t;
      count++;
    }
    if (qualifies(times, count, m, statementTimes)) out[i] = 1;
  }
  return out;
}
