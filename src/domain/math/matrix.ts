/**
 * The vote matrix of one conversation, kept in memory by a long-lived math worker: one row per
 * participant, one column per statement, the latest vote per cell winning. Votes arrive one at a time
 * (`add`) into an append-only log of typed arrays; `compact()` merges the log into a compressed
 * sparse row (CSR) store. No per-vote objects are kept.
 *
 * Each cell also keeps the time of its first vote, which lets the math replay who qualified for
 * clustering over time (in-conv), and the time of its latest vote, which decides which vote wins when
 * votes arrive out of order.
 *
 * Compaction merges in place, so a snapshot is a view that stays valid until the next compaction (a
 * math update takes a snapshot and is done with it before the matrix changes again).
 */
import { emptyStore, mergeRows, type CsrStore } from './matrix-merge.js';

/** agree = +1, disagree = −1, pass = 0. */
export type VoteValue = -1 | 0 | 1;

/** A read-only view of the compacted matrix, in the matrix's own (arrival) order of ids. */
export interface MatrixSnapshot {
  readonly participantIds: readonly string[];
  readonly statementIds: readonly string[];
  /** Row r's cells are `rowPtr[r] … rowPtr[r+1]−1`; columns ascend within a row. */
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly val: Int8Array;
  /** Time of the first vote on each cell. */
  readonly firstTime: Float64Array;
}

const INITIAL_LOG = 1024;

export class VoteMatrix {
  private readonly pIndex = new Map<string, number>();
  private readonly pIds: string[] = [];
  private readonly sIndex = new Map<string, number>();
  private readonly sIds: string[] = [];
  private store: CsrStore = emptyStore();
  private logP = new Int32Array(INITIAL_LOG);
  private logS = new Int32Array(INITIAL_LOG);
  private logV = new Int8Array(INITIAL_LOG);
  private logT = new Float64Array(INITIAL_LOG);
  private logLength = 0;
  private sequence = 0;

  /** Index of a participant, registering it when new. */
  participantIndex(id: string): number {
    let i = this.pIndex.get(id);
    if (i === undefined) {
      i = this.pIds.length;
      this.pIndex.set(id, i);
      this.pIds.push(id);
    }
    return i;
  }

  /** Index of a statement, registering it when new. */
  statementIndex(id: string): number {
    let i = this.sIndex.get(id);
    if (i === undefined) {
      i = this.sIds.length;
      this.sIndex.set(id, i);
      this.sIds.push(id);
    }
    return i;
  }

  /**
   * Records a vote. `time` (epoch ms, or any increasing number) orders votes on the same cell;
   * without it the arrival order is used. Use one convention per matrix.
   */
  add(participantId: string, statementId: string, value: VoteValue, time?: number): void {
    this.addIndexed(this.participantIndex(participantId), this.statementIndex(statementId), value, time);
  }

  /** `add` with indices from `participantIndex` / `statementIndex` (no string look-ups). */
  addIndexed(participant: number, statement: number, value: VoteValue, time?: number): void {
    if (value !== 1 && value !== -1 && value !== 0) throw new RangeError(`vote value must be −1, 0 or 1, got ${String(value)}`);
    if (!(participant >= 0 && participant < this.pIds.length) || !(statement >= 0 && statement < this.sIds.length)) {
      throw new RangeError('unknown participant or statement index');
    }
    const t = time ?? this.sequence;
    if (!Number.isFinite(t)) throw new RangeError('vote time must be a finite number');
    this.sequence++;
    if (this.logLength === this.logP.length) this.growLog(this.logLength * 2);
    const k = this.logLength++;
    this.logP[k] = participant;
    this.logS[k] = statement;
    this.logV[k] = value;
    this.logT[k] = t;
  }

  /** Pre-allocates room for `n` more votes before the next compaction (bulk loads). */
  reserve(n: number): void {
    if (this.logLength + n > this.logP.length) this.growLog(this.logLength + n);
  }

  /** Votes received since the last compaction. */
  get pendingCount(): number {
    return this.logLength;
  }

  get participantCount(): number {
    return this.pIds.length;
  }

  get statementCount(): number {
    return this.sIds.length;
  }

  /** Number of cells (latest votes) after compaction. */
  get cellCount(): number {
    this.compact();
    return this.store.rowPtr[this.store.rows]!;
  }

  /** Merges the pending votes into the CSR store. */
  compact(): void {
    if (this.logLength === 0 && this.store.rows === this.pIds.length) return;
    this.store = mergeRows(this.store, this.pIds.length, this.sIds.length, {
      p: this.logP, s: this.logS, v: this.logV, t: this.logT, length: this.logLength,
    });
    this.logLength = 0;
    if (this.logP.length > INITIAL_LOG * 64) this.growLog(INITIAL_LOG, true);
  }

  /** Compacts and returns views on the current store, valid until the next compaction. */
  snapshot(): MatrixSnapshot {
    this.compact();
    const s = this.store;
    const nnz = s.rowPtr[s.rows]!;
    return {
      participantIds: this.pIds.slice(),
      statementIds: this.sIds.slice(),
      rowPtr: s.rowPtr.subarray(0, s.rows + 1),
      col: s.col.subarray(0, nnz),
      val: s.val.subarray(0, nnz),
      firstTime: s.first.subarray(0, nnz),
    };
  }

  /** The latest vote of a participant per statement (includes votes not yet compacted). */
  votesOf(participantId: string): Map<string, VoteValue> {
    const out = new Map<string, VoteValue>();
    const p = this.pIndex.get(participantId);
    if (p === undefined) return out;
    const s = this.store;
    const lastTime = new Map<number, number>();
    if (p < s.rows) {
      for (let k = s.rowPtr[p]!; k < s.rowPtr[p + 1]!; k++) {
        lastTime.set(s.col[k]!, s.last[k]!);
        out.set(this.sIds[s.col[k]!]!, s.val[k] as VoteValue);
      }
    }
    for (let k = 0; k < this.logLength; k++) {
      if (this.logP[k] !== p) continue;
      const st = this.logS[k]!;
      const prev = lastTime.get(st);
      if (prev !== undefined && this.logT[k]! < prev) continue;
      lastTime.set(st, this.logT[k]!);
      out.set(this.sIds[st]!, this.logV[k] as VoteValue);
    }
    return out;
  }

  private growLog(capacity: number, shrink = false): void {
    const keep = shrink ? 0 : this.logLength;
    const p = new Int32Array(capacity), s = new Int32Array(capacity), v = new Int8Array(capacity), t = new Float64Array(capacity);
    p.set(this.logP.subarray(0, keep));
    s.set(this.logS.subarray(0, keep));
    v.set(this.logV.subarray(0, keep));
    t.set(this.logT.subarray(0, keep));
    this.logP = p; this.logS = s; this.logV = v; this.logT = t;
  }
}
