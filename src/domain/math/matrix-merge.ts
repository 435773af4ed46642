/**
 * Merging a log of new votes into a CSR store: a counting sort of the log by participant, then a
 * per-row merge in which the vote with the latest time wins (equal times: the later arrival).
 * Runs of rows without new votes are block-copied. Cost O(cells + new votes · log row length), no
 * per-vote objects.
 */

export interface CsrStore {
  /** Rows covered by `rowPtr` (participants known at the last merge). */
  rows: number;
  rowPtr: Int32Array;
  col: Int32Array;
  val: Int8Array;
  /** Time of the first vote on the cell. */
  first: Float64Array;
  /** Time of the vote that currently holds the cell. */
  last: Float64Array;
}

export interface VoteLog {
  p: Int32Array;
  s: Int32Array;
  v: Int8Array;
  t: Float64Array;
  length: number;
}

/** Index of statement s within the sorted cells col[a..b), or −1. */
function find(col: Int32Array, a: number, b: number, s: number): number {
  let lo = a, hi = b - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, c = col[mid]!;
    if (c === s) return mid;
    if (c < s) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** Rows with more new votes than this are merged through per-statement scratch arrays. */
const SMALL_UPDATE = 24;

export function mergeRows(old: CsrStore, rows: number, statements: number, log: VoteLog): CsrStore {
  const n = log.length;
  // Counting sort of the log by participant, stable in arrival order.
  const start = new Int32Array(rows + 1);
  for (let k = 0; k < n; k++) start[log.p[k]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, rows);
  for (let k = 0; k < n; k++) order[fill[log.p[k]!]!++] = k;

  const oldNnz = old.rowPtr[old.rows]!;
  const capacity = oldNnz + n;
  const rowPtr = new Int32Array(rows + 1);
  const col = new Int32Array(capacity);
  const val = new Int8Array(capacity);
  const first = new Float64Array(capacity);
  const last = new Float64Array(capacity);
  const oldStart = (r: number) => (r < old.rows ? old.rowPtr[r]! : oldNnz);

  // Cells new to a row, gathered before being merged in (rows get few new cells per update).
  let newS = new Int32Array(16), newV = new Int8Array(16), newF = new Float64Array(16), newL = new Float64Array(16);

  // Per-statement scratch for rows with many new votes (bulk loads); `mark` tells which statements
  // the row already holds.
  let mark: Int32Array | null = null, sv: Int8Array, sf: Float64Array, sl: Float64Array, present: Int32Array;
  const bulkRow = (r: number, a: number, b: number, la: number, lb: number) => {
    if (!mark) {
      mark = new Int32Array(statements);
      sv = new Int8Array(statements); sf = new Float64Array(statements); sl = new Float64Array(statements);
      present = new Int32Array(statements);
    }
    const stamp = r + 1;
    let m = 0;
    for (let k = a; k < b; k++) {
      const s = old.col[k]!;
      mark[s] = stamp; sv[s] = old.val[k]!; sf[s] = old.first[k]!; sl[s] = old.last[k]!;
      present[m++] = s;
    }
    const oldCount = m;
    for (let q = la; q < lb; q++) {
      const k = order[q]!;
      const s = log.s[k]!, t = log.t[k]!;
      if (mark[s] !== stamp) {
        mark[s] = stamp; sv[s] = log.v[k]!; sf[s] = t; sl[s] = t;
        present[m++] = s;
      } else {
        if (t >= sl[s]!) { sv[s] = log.v[k]!; sl[s] = t; }
        if (t < sf[s]!) sf[s] = t;
      }
    }
    const cells = present.subarray(0, m);
    if (m > oldCount) cells.sort();
    for (let i = 0; i < m; i++) {
      const s = cells[i]!;
      col[out] = s; val[out] = sv[s]!; first[out] = sf[s]!; last[out] = sl[s]!;
      out++;
    }
  };

  let out = 0;
  let runFrom = 0; // first row of the current run of rows without new votes
  const flush = (to: number) => {
    // Untouched rows keep their cells: one block copy per run of rows, offsets shifted.
    const a = oldStart(runFrom), b = oldStart(to);
    col.set(old.col.subarray(a, b), out);
    val.set(old.val.subarray(a, b), out);
    first.set(old.first.subarray(a, b), out);
    last.set(old.last.subarray(a, b), out);
    for (let r = runFrom; r < to; r++) rowPtr[r] = out + oldStart(r) - a;
    out += b - a;
  };
  for (let r = 0; r < rows; r++) {
    const la = start[r]!, lb = start[r + 1]!;
    if (la === lb) continue;
    flush(r);
    runFrom = r + 1;
    rowPtr[r] = out;
    const a = oldStart(r), b = oldStart(r + 1);
    if (lb - la > SMALL_UPDATE) {
      bulkRow(r, a, b, la, lb);
      continue;
    }
    const oldLen = b - a;
    col.set(old.col.subarray(a, b), out);
    val.set(old.val.subarray(a, b), out);
    first.set(old.first.subarray(a, b), out);
    last.set(old.last.subarray(a, b), out);
    let fresh = 0;
    for (let q = la; q < lb; q++) {
      const k = order[q]!;
      const s = log.s[k]!, t = log.t[k]!, v = log.v[k]!;
      let at = find(col, out, out + oldLen, s);
      if (at >= 0) {
        if (t >= last[at]!) { val[at] = v; last[at] = t; }
        if (t < first[at]!) first[at] = t;
        continue;
      }
      at = -1;
      for (let j = 0; j < fresh; j++) if (newS[j] === s) { at = j; break; }
      if (at >= 0) {
        if (t >= newL[at]!) { newV[at] = v; newL[at] = t; }
        if (t < newF[at]!) newF[at] = t;
        continue;
      }
      if (fresh === newS.length) {
        const grow = <T extends Int32Array | Int8Array | Float64Array>(x: T, make: (n: number) => T): T => { const y = make(x.length * 2); y.set(x); return y; };
        newS = grow(newS, (m) => new Int32Array(m)); newV = grow(newV, (m) => new Int8Array(m));
        newF = grow(newF, (m) => new Float64Array(m)); newL = grow(newL, (m) => new Float64Array(m));
      }
      // Insertion keeps the new cells sorted by statement.
      let j = fresh++;
      while (j > 0 && newS[j - 1]! > s) {
        newS[j] = newS[j - 1]!; newV[j] = newV[j - 1]!; newF[j] = newF[j - 1]!; newL[j] = newL[j - 1]!;
        j--;
      }
      newS[j] = s; newV[j] = v; newF[j] = t; newL[j] = t;
    }
    // Merge the new cells in from the back.
    let i = out + oldLen - 1, j = fresh - 1, w = out + oldLen + fresh - 1;
    while (j >= 0) {
      if (i >= out && col[i]! > newS[j]!) {
        col[w] = col[i]!; val[w] = val[i]!; first[w] = first[i]!; last[w] = last[i]!; i--;
      } else {
        col[w] = newS[j]!; val[w] = newV[j]!; first[w] = newF[j]!; last[w] = newL[j]!; j--;
      }
      w--;
    }
    out += oldLen + fresh;
  }
  flush(rows);
  rowPtr[rows] = out;
  return { rows, rowPtr, col, val, first, last };
}
