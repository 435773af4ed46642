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

  const colFirst = new Float64Array(prep.included.length).fill(Infinity);
  for (let i = 0; i < nP; i++) {
    const r = participantRow[i]!;
    for (let k = rowPtr[r]!; k < rowPtr[r + 1]!; k++) {
      const c = snapToIncluded[col[k]!]!;
      if (c >= 0 && firstTime[k]! < colFirst[c]!) colFirst[c] = firstTime[k]!;
    }
  }
  colFirst.sort();

  const out = new Uint8Array(nP);
  const times = new Float64Array(m);
  let filled = 0;
  for (let i = 0; i < nP; i++) {
    const r = participantRow[i]!;
    // Keep the m earliest counted vote times (insertion into a short sorted buffer).
    let count = 0;
    for (let k = rowPtr[r]!; k < rowPtr[r + 1]!; k++) {
      const s = col[k]!;
      if (snapToIncluded[s]! < 0 && !(parity && snapExcluded[s])) continue;
      const t = firstTime[k]!;
      let j = Math.min(count, m);
      if (j === m && t >= times[m - 1]!) { count++; continue; }
      if (j === m) j = m - 1;
      while (j > 0 && times[j - 1]! > t) { times[j] = times[j - 1]!; j--; }
      times[j] = t;
      count++;
    }
    if (count > 0 && filled < params.inConvMinParticipants) {
      out[i] = 1;
      filled++;
    } else if (qualifies(times, count, m, colFirst)) {
      out[i] = 1;
    }
  }
  const before = new Set(previous);
  if (before.size > 0) prep.participantIds.forEach((id, i) => { if (before.has(id)) out[i] = 1; });
  return out;
}
