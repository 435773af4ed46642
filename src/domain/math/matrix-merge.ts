/**
 * Merging a log of new votes into a CSR store, in place. Rows only ever gain cells, so after counting
 * each row's new cells the store can be rewritten from the back without overwriting anything not yet
 * read: runs of rows without new votes move with one native block move (`copyWithin`), and rows with
 * new votes are merged cell by cell. Votes on cells that exist are applied where they are; the vote
 * with the latest time wins (equal times: the later arrival). No per-vote objects, no new arrays
 * unless the store has to grow.
 */

export interface CsrStore {
  /** Rows covered by `rowPtr` (participants known at the last merge). */
  rows: number;
  /** Row r's cells are rowPtr[r] … rowPtr[r+1]−1 (the arrays may be longer than rows + 1). */
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

/** Rows with more new votes than this are resolved through per-statement scratch arrays. */
const SMALL_UPDATE = 24;

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

export function emptyStore(): CsrStore {
  return { rows: 0, rowPtr: new Int32Array(1), col: new Int32Array(0), val: new Int8Array(0), first: new Float64Array(0), last: new Float64Array(0) };
}

/** A store with room for `cells` cells and `rows` rows, holding a copy of `from`. */
function grown(from: CsrStore, rows: number, cells: number): CsrStore {
  const capacity = Math.ceil(cells * 1.25) + 16;
  const nnz = from.rowPtr[from.rows]!;
  const out: CsrStore = {
    rows: from.rows,
    rowPtr: new Int32Array(Math.max(Math.ceil(rows * 1.25) + 16, from.rowPtr.length)),
    col: new Int32Array(capacity), val: new Int8Array(capacity), first: new Float64Array(capacity), last: new Float64Array(capacity),
  };
  out.rowPtr.set(from.rowPtr.subarray(0, from.rows + 1));
  out.col.set(from.col.subarray(0, nnz));
  out.val.set(from.val.subarray(0, nnz));
  out.first.set(from.first.subarray(0, nnz));
  out.last.set(from.last.subarray(0, nnz));
  return out;
}

/**
 * Merges `log` into `store` for `rows` participants (rows beyond `store.rows` are new and empty) and
 * returns the store: the same arrays when they have room, otherwise larger copies.
 */
export function mergeRows(store: CsrStore, rows: number, statements: number, log: VoteLog): CsrStore {
  const n = log.length;
  const oldRows = store.rows, oldNnz = store.rowPtr[oldRows]!;
  // Counting sort of the log by participant, stable in arrival order.
  const start = new Int32Array(rows + 1);
  for (let k = 0; k < n; k++) start[log.p[k]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, rows);
  for (let k = 0; k < n; k++) order[fill[log.p[k]!]!++] = k;

  // Pass 1, per touched row: apply votes on existing cells where they are, and gather the new cells
  // (sorted by statement, duplicates resolved) into `fresh*`, row by row.
  const oldStart = (r: number) => (r < oldRows ? store.rowPtr[r]! : oldNnz);
  const { col, val, first, last } = store;
  const freshFrom = new Int32Array(rows + 1);
  const freshS = new Int32Array(n), freshV = new Int8Array(n), freshF = new Float64Array(n), freshL = new Float64Array(n);
  let fresh = 0;
  let mark: Int32Array | null = null, at: Int32Array | null = null;
  for (let r = 0; r < rows; r++) {
    freshFrom[r] = fresh;
    const la = start[r]!, lb = start[r + 1]!;
    if (la === lb) continue;
    const a = oldStart(r), b = oldStart(r + 1);
    const rowFresh = fresh;
    const bulk = lb - la > SMALL_UPDATE;
    if (bulk && !mark) { mark = new Int32Array(statements); at = new Int32Array(statements); }
    for (let q = la; q < lb; q++) {
      const k = order[q]!;
      const s = log.s[k]!, t = log.t[k]!, v = log.v[k]!;
      const existing = find(col, a, b, s);
      if (existing >= 0) {
        if (t >= last[existing]!) { val[existing] = v; last[existing] = t; }
        if (t < first[existing]!) first[existing] = t;
        continue;
      }
      let j = -1;
      if (bulk) { if (mark![s] === r + 1) j = at![s]!; } else for (let i = rowFresh; i < fresh; i++) if (freshS[i] === s) { j = i; break; }
      if (j >= 0) {
        if (t >= freshL[j]!) { freshV[j] = v; freshL[j] = t; }
        if (t < freshF[j]!) freshF[j] = t;
        continue;
      }
      if (bulk) { mark![s] = r + 1; at![s] = fresh; }
      freshS[fresh] = s; freshV[fresh] = v; freshF[fresh] = t; freshL[fresh] = t;
      fresh++;
    }
    sortFresh(freshS, freshV, freshF, freshL, rowFresh, fresh, bulk ? at : null);
  }
  freshFrom[rows] = fresh;

  // Make room, then pass 2 from the back: new row offsets, block moves and merges.
  const target = oldNnz + fresh <= col.length && rows + 1 <= store.rowPtr.length ? store : grown(store, rows, oldNnz + fresh);
  const { rowPtr: ptr, col: c2, val: v2, first: f2, last: l2 } = target;
  const move = (a: number, b: number, by: number) => {
    if (by === 0 || a >= b) return;
    c2.copyWithin(a + by, a, b); v2.copyWithin(a + by, a, b);
    f2.copyWithin(a + by, a, b); l2.copyWithin(a + by, a, b);
  };
  const oldPtr = (r: number) => (r < oldRows ? ptr[r]! : oldNnz);
  const newPtr = new Int32Array(rows + 1);
  // `shift`: how far the cells below the current point move (new cells in the rows above them);
  // cells oldPtr(·) … runEnd are still to move by it, as one block.
  let shift = fresh;
  let runEnd = oldNnz;
  newPtr[rows] = oldNnz + fresh;
  for (let r = rows - 1; r >= 0; r--) {
    const from = freshFrom[r]!, to = freshFrom[r + 1]!;
    const a = oldPtr(r), b = oldPtr(r + 1);
    if (from === to) { newPtr[r] = a + shift; continue; }
    move(b, runEnd, shift);
    // Merge the row's old cells and its new ones backwards into place.
    let i = b - 1, j = to - 1, w = b + shift - 1;
    while (j >= from) {
      if (i >= a && c2[i]! > freshS[j]!) {
        c2[w] = c2[i]!; v2[w] = v2[i]!; f2[w] = f2[i]!; l2[w] = l2[i]!; i--;
      } else {
        c2[w] = freshS[j]!; v2[w] = freshV[j]!; f2[w] = freshF[j]!; l2[w] = freshL[j]!; j--;
      }
      w--;
    }
    shift -= to - from;
    newPtr[r] = a + shift;
    runEnd = i + 1; // the row's remaining old cells move with the rows below
  }
  move(0, runEnd, shift);
  ptr.set(newPtr);
  target.rows = rows;
  return target;
}

/**
 * Sorts the new cells fresh[from … to) by statement: insertion sort for the few new cells a row
 * usually gets; for bulk loads a native sort of the (distinct) statements, `at[s]` locating each.
 */
function sortFresh(s: Int32Array, v: Int8Array, f: Float64Array, l: Float64Array, from: number, to: number, at: Int32Array | null): void {
  const n = to - from;
  if (at && n > 16) {
    if (sortKeys.length < n) {
      sortKeys = new Int32Array(2 * n); sortV = new Int8Array(2 * n); sortF = new Float64Array(2 * n); sortL = new Float64Array(2 * n);
    }
    const keys = sortKeys.subarray(0, n);
    keys.set(s.subarray(from, to));
    keys.sort();
    for (let i = 0; i < n; i++) {
      const j = at[keys[i]!]!;
      sortV[i] = v[j]!; sortF[i] = f[j]!; sortL[i] = l[j]!;
    }
    s.set(keys, from); v.set(sortV.subarray(0, n), from); f.set(sortF.subarray(0, n), from); l.set(sortL.subarray(0, n), from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const ks = s[i]!, kv = v[i]!, kf = f[i]!, kl = l[i]!;
    let j = i - 1;
    while (j >= from && s[j]! > ks) { s[j + 1] = s[j]!; v[j + 1] = v[j]!; f[j + 1] = f[j]!; l[j + 1] = l[j]!; j--; }
    s[j + 1] = ks; v[j + 1] = kv; f[j + 1] = kf; l[j + 1] = kl;
  }
}

// Scratch of `sortFresh`, grown on demand and kept between calls.
let sortKeys = new Int32Array(0), sortV = new Int8Array(0), sortF = new Float64Array(0), sortL = new Float64Array(0);
