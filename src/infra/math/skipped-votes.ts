import type { VoteEvent } from '../../app/ports.js';

/** How long a skipped sequence number is looked for: far longer than any vote's transaction. */
export const SKIPPED_WAIT_MS = 30_000;
/** A longer run of missing numbers is not votes in flight (a rolled-back import, say). */
const MAX_RUN = 1_000;
/**
 * Bounds the work of looking again. A new leader reads the whole history, whose old gaps (retried
 * requests, erasures) would fill it: the oldest are let go first, never a gap just noticed.
 */
const MAX_TRACKED = 2_000;

/**
 * Sequence numbers the math host read past without a vote. Votes are read in sequence order, but
 * on PostgreSQL a vote's number is taken when it is written and it shows only when its
 * transaction commits, so a vote can show after a later one was read: without looking again it
 * would never reach the math. Most gaps are for good (a retried request or a rollback used the
 * number): a number is looked for until `SKIPPED_WAIT_MS` after the vote that followed it.
 */
export class SkippedVotes {
  /** Sequence number → when to stop looking for it. */
  private readonly missing = new Map<number, number>();

  /** Notes the numbers between `afterSeq` and each of `events` (read in sequence order) that were not there. */
  notice(afterSeq: number, events: readonly VoteEvent[], now: number): void {
    let expected = afterSeq + 1;
    for (const e of events) {
      const run = e.seq - expected;
      if (run > 0 && run <= MAX_RUN) {
        for (let seq = expected; seq < e.seq; seq++) this.missing.set(seq, now + SKIPPED_WAIT_MS);
      }
      expected = e.seq + 1;
    }
    // A Map iterates in insertion order: the first keys are the oldest gaps.
    for (const seq of this.missing.keys()) {
      if (this.missing.size <= MAX_TRACKED) break;
      this.missing.delete(seq);
    }
  }

  /** The numbers still worth looking for; those looked for long enough are given up. */
  toLookFor(now: number): number[] {
    const out: number[] = [];
    for (const [seq, until] of this.missing) {
      if (until < now) this.missing.delete(seq);
      else out.push(seq);
    }
    return out;
  }

  found(events: readonly VoteEvent[]): void {
    for (const e of events) this.missing.delete(e.seq);
  }

  get size(): number {
    return this.missing.size;
  }
}
