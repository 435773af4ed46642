/**
 * Turns a matrix snapshot into the canonical form every later step works on: participants and
 * statements in a fixed order that does not depend on the order votes arrived in (so that results are
 * byte-identical), banned participants dropped, and a CSR of the votes on included statements.
 *
 * Canonical orders: statements as listed by the caller (creation order), then any others by first
 * vote; participants as listed by the caller (join order) when given, otherwise by first vote. Ties
 * in time fall back to the id.
 */
import type { MatrixSnapshot } from './matrix.js';
import { NO_WORKSPACE, type Scratch } from './workspace.js';

export interface PrepareInput {
  /** Known statements in creation order, including those without votes yet. */
  statements?: readonly string[];
  /** Participants in join order; by default the order of their first vote. */
  participants?: readonly string[];
  /** Statements left out of the math (rejected, pending, meta). */
  modOut?: Iterable<string>;
  /** Meta statements: left out of the math like mod-out ones, but still routed. */
  meta?: Iterable<string>;
  /** Seed statements (shown first). */
  seed?: Iterable<string>;
  /** Participants left out of the math entirely. */
  banned?: Iterable<string>;
}

export interface Prepared {
  snap: MatrixSnapshot;
  /** Canonical participants (not banned, at least one vote). */
  participantIds: string[];
  /** Snapshot row of each canonical participant. */
  participantRow: Int32Array;
  /** Earliest vote time of each canonical participant. */
  participantFirstTime: Float64Array;
  /** Canonical statements: every known one. */
  statementIds: string[];
  /** Per canonical statement: 1 when left out of the math (mod-out or meta). */
  excluded: Uint8Array;
  /** Per canonical statement: 1 when moderated out (never routed). */
  modOut: Uint8Array;
  meta: Uint8Array;
  seed: Uint8Array;
  /** Per canonical statement: time of its first vote by a non-banned participant (Infinity: none). */
  statementFirstTime: Float64Array;
  /** Per canonical statement, from non-banned voters on every statement (the plain tallies). */
  agree: Int32Array;
  disagree: Int32Array;
  pass: Int32Array;
  /** Included statements (columns of the CSR): canonical statement index of each. */
  included: Int32Array;
  includedIds: string[];
  /** Per snapshot statement: its included column, or −1. */
  snapToIncluded: Int32Array;
  /** Per snapshot statement: 1 when excluded from the math. */
  snapExcluded: Uint8Array;
  /** Excluded statements that have votes (Pol.is counts their columns; see `polisParity`). */
  excludedWithVotes: number;
  /** Votes on included statements, rows = canonical participants, columns ascending. */
  rowPtr: Int32Array;
  col: Int32Array;
  val: Int8Array;
  /** Centred value x_ij − c_j of each stored vote (a missing vote, imputed with c_j, is 0). */
  x: Float64Array;
  /** Mean vote of each included column (passes count as 0). */
  center: Float64Array;
}

function orderIds(ids: readonly string[], first: Float64Array, keep: (i: number) => boolean, explicit: readonly string[] | undefined): number[] {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const placed = new Uint8Array(ids.length);
  const out: number[] = [];
  for (const id of explicit ?? []) {
    const i = index.get(id);
    if (i !== undefined && !placed[i] && keep(i)) {
      placed[i] = 1;
      out.push(i);
    }
  }
  const rest: number[] = [];
  for (let i = 0; i < ids.length; i++) if (!placed[i] && keep(i)) rest.push(i);
  const before = (a: number, b: number) => first[a]! - first[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  // Ids usually arrive in this order already (votes come in time order): then no sort is needed.
  let sorted = true;
  for (let j = 1; j < rest.length && sorted; j++) sorted = before(rest[j - 1]!, rest[j]!) <= 0;
  if (!sorted) rest.sort(before);
  return out.length === 0 ? rest : out.concat(rest);
}

export function prepare(snap: MatrixSnapshot, input: PrepareInput, scratch: Scratch = NO_WORKSPACE): Prepared {
  const P = snap.participantIds.length, S = snap.statementIds.length;
  const { rowPtr: rp, col: cl, val: vl, firstTime: ft } = snap;
  const bannedSet = new Set(input.banned ?? []);
  const bannedRow = new Uint8Array(P);
  snap.participantIds.forEach((id, r) => { if (bannedSet.has(id)) bannedRow[r] = 1; });

  // One pass: first times and plain tallies from non-banned voters.
  const pFirst = new Float64Array(P).fill(Infinity);
  const sFirst = new Float64Array(S).fill(Infinity);
  const sAgree = new Int32Array(S), sDisagree = new Int32Array(S), sPass = new Int32Array(S);
  for (let r = 0; r < P; r++) {
    if (bannedRow[r] || r + 1 >= rp.length) continue;
    let f = Infinity;
    for (let k = rp[r]!; k < rp[r + 1]!; k++) {
      const s = cl[k]!, t = ft[k]!, v = vl[k]!;
      if (t < f) f = t;
      if (t < sFirst[s]!) sFirst[s] = t;
      if (v > 0) sAgree[s]!++; else if (v < 0) sDisagree[s]!++; else sPass[s]!++;
    }
    pFirst[r] = f;
  }

  // Statements: the caller's list (with or without votes) then the rest by first vote.
  const listed = [...new Set(input.statements ?? [])];
  const snapStatement = new Map<string, number>();
  snap.statementIds.forEach((id, i) => snapStatement.set(id, i));
  const listedSet = new Set(listed);
  const others = orderIds(snap.statementIds, sFirst, (i) => !listedSet.has(snap.statementIds[i]!), undefined);
  const statementIds = listed.concat(others.map((i) => snap.statementIds[i]!));
  const nS = statementIds.length;
  const modOutSet = new Set(input.modOut ?? []), metaSet = new Set(input.meta ?? []), seedSet = new Set(input.seed ?? []);
  const excluded = new Uint8Array(nS), modOut = new Uint8Array(nS), meta = new Uint8Array(nS), seed = new Uint8Array(nS);
  const agree = new Int32Array(nS), disagree = new Int32Array(nS), pass = new Int32Array(nS);
  const statementFirstTime = new Float64Array(nS).fill(Infinity);
  const snapExcluded = new Uint8Array(S);
  const snapToIncluded = new Int32Array(S).fill(-1);
  const included: number[] = [];
  let excludedWithVotes = 0;
  statementIds.forEach((id, c) => {
    if (metaSet.has(id)) meta[c] = 1;
    if (seedSet.has(id)) seed[c] = 1;
    if (modOutSet.has(id)) modOut[c] = 1;
    if (modOut[c] || meta[c]) excluded[c] = 1;
    const s = snapStatement.get(id);
    if (s === undefined) return;
    agree[c] = sAgree[s]!; disagree[c] = sDisagree[s]!; pass[c] = sPass[s]!;
    statementFirstTime[c] = sFirst[s]!;
    const voted = agree[c]! + disagree[c]! + pass[c]! > 0;
    if (excluded[c]) {
      snapExcluded[s] = 1;
      if (voted) excludedWithVotes++;
    } else if (voted) {
      snapToIncluded[s] = included.length;
      included.push(c);
    }
  });

  // Participants: not banned, with at least one vote.
  const rows = orderIds(snap.participantIds, pFirst, (r) => !bannedRow[r] && r + 1 < rp.length && rp[r + 1]! > rp[r]!, input.participants);
  const nP = rows.length;
  const participantRow = Int32Array.from(rows);
  const participantFirstTime = new Float64Array(nP);
  rows.forEach((r, i) => { participantFirstTime[i] = pFirst[r]!; });

  // Column means from the tallies (passes count as 0), then the CSR of included votes in canonical
  // order with each vote's centred value x_ij − c_j beside it.
  const nC = included.length;
  const center = new Float64Array(nC);
  included.forEach((c, j) => { center[j] = (agree[c]! - disagree[c]!) / (agree[c]! + disagree[c]! + pass[c]!); });
  const capacity = rp[P] ?? 0;
  const rowPtr = new Int32Array(nP + 1);
  let col = scratch.take('prepare.col', 'i32', capacity);
  let val = scratch.take('prepare.val', 'i8', capacity);
  let x = scratch.take('prepare.x', 'f64', capacity);
  let out = 0;
  for (let i = 0; i < nP; i++) {
    const r = rows[i]!;
    rowPtr[i] = out;
    let sorted = true, prev = -1;
    for (let k = rp[r]!; k < rp[r + 1]!; k++) {
      const c = snapToIncluded[cl[k]!]!;
      if (c < 0) continue;
      if (c < prev) sorted = false;
      prev = c;
      col[out] = c;
      val[out] = vl[k]!;
      x[out] = vl[k]! - center[c]!;
      out++;
    }
    if (!sorted) {
      sortRow(col, val, rowPtr[i]!, out);
      for (let k = rowPtr[i]!; k < out; k++) x[k] = val[k]! - center[col[k]!]!;
    }
  }
  rowPtr[nP] = out;
  col = col.subarray(0, out);
  val = val.subarray(0, out);
  x = x.subarray(0, out);

  return {
    snap, participantIds: rows.map((r) => snap.participantIds[r]!), participantRow, participantFirstTime,
    statementIds, excluded, modOut, meta, seed, statementFirstTime, agree, disagree, pass,
    included: Int32Array.from(included), includedIds: included.map((c) => statementIds[c]!),
    snapToIncluded, snapExcluded, excludedWithVotes, rowPtr, col, val, x, center,
  };
}

/** Sorts one CSR row by column (values packed beside the column so one numeric sort does it). */
function sortRow(col: Int32Array, val: Int8Array, a: number, b: number): void {
  const packed = new Int32Array(b - a);
  for (let k = a; k < b; k++) packed[k - a] = col[k]! * 4 + (val[k]! + 1);
  packed.sort();
  for (let k = a; k < b; k++) {
    const x = packed[k - a]!;
    col[k] = x >> 2;
    val[k] = (x & 3) - 1;
  }
}
