import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { VoteMatrix, type MatrixSnapshot } from './matrix.js';

function cells(s: MatrixSnapshot): string[] {
  const out: string[] = [];
  for (let r = 0; r < s.participantIds.length; r++) {
    for (let k = s.rowPtr[r]!; k < s.rowPtr[r + 1]!; k++) out.push(`${s.participantIds[r]}:${s.statementIds[s.col[k]!]}=${s.val[k]}@${s.firstTime[k]}`);
  }
  return out.sort();
}

describe('VoteMatrix', () => {
  it('keeps the latest vote per participant and statement', () => {
    const m = new VoteMatrix();
    m.add('a', 's1', 1, 10);
    m.add('a', 's1', -1, 20);
    m.add('b', 's1', 0, 15);
    expect(cells(m.snapshot())).toEqual(['a:s1=-1@10', 'b:s1=0@15']);
    expect(m.cellCount).toBe(2);
  });

  it('lets the latest time win when votes arrive out of order, and keeps the first time', () => {
    const m = new VoteMatrix();
    m.add('a', 's1', -1, 20);
    m.add('a', 's1', 1, 10);
    expect(cells(m.snapshot())).toEqual(['a:s1=-1@10']);
    m.add('a', 's1', 0, 5);
    expect(cells(m.snapshot())).toEqual(['a:s1=-1@5']);
    m.add('a', 's1', 1, 30);
    expect(cells(m.snapshot())).toEqual(['a:s1=1@5']);
  });

  it('breaks equal times by arrival', () => {
    const m = new VoteMatrix();
    m.add('a', 's1', 1, 7);
    m.add('a', 's1', -1, 7);
    expect(m.snapshot().val[0]).toBe(-1);
  });

  it('uses arrival order when no time is given', () => {
    const m = new VoteMatrix();
    m.add('a', 's1', 1);
    m.add('a', 's2', 0);
    m.add('a', 's1', -1);
    expect(cells(m.snapshot())).toEqual(['a:s1=-1@0', 'a:s2=0@1']);
  });

  it('gives the same cells whether votes are compacted in one batch or many', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    for (let i = 0; i < 400; i++) votes.push([`p${(i * 7) % 23}`, `s${(i * 13) % 17}`, ((i % 3) - 1) as -1 | 0 | 1, i]);
    const once = new VoteMatrix();
    for (const v of votes) once.add(...v);
    const batched = new VoteMatrix();
    votes.forEach((v, i) => {
      batched.add(...v);
      if (i % 37 === 0) batched.compact();
    });
    expect(cells(batched.snapshot())).toEqual(cells(once.snapshot()));
  });

  it('matches a plain latest-vote map, in small and bulk merges alike', () => {
    const random = seededRandom(3);
    const reference = new Map<string, { v: number; first: number; last: number }>();
    const m = new VoteMatrix();
    let k = 0;
    for (const batch of [200, 3, 60, 1, 500, 40]) {
      for (let i = 0; i < batch; i++, k++) {
        const p = `p${Math.floor(random() * 4)}`, s = `s${Math.floor(random() * 80)}`;
        const v = (Math.floor(random() * 3) - 1) as -1 | 0 | 1, t = Math.floor(random() * 1000);
        m.add(p, s, v, t);
        const key = `${p}:${s}`, cur = reference.get(key);
        if (!cur) reference.set(key, { v, first: t, last: t });
        else {
          if (t >= cur.last) { cur.v = v; cur.last = t; }
          cur.first = Math.min(cur.first, t);
        }
      }
      const expected = [...reference].map(([key, c]) => `${key}=${c.v}@${c.first}`).sort();
      expect(cells(m.snapshot())).toEqual(expected);
      const snap = m.snapshot();
      for (let r = 0; r < snap.participantIds.length; r++) {
        for (let q = snap.rowPtr[r]! + 1; q < snap.rowPtr[r + 1]!; q++) expect(snap.col[q]!).toBeGreaterThan(snap.col[q - 1]!);
      }
    }
  });

  it('matches the plain map for any votes and compaction points (property)', () => {
    const vote = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 40 }).map((x) => x === 0));
    fc.assert(fc.property(fc.array(vote, { maxLength: 400 }), (votes) => {
      const m = new VoteMatrix();
      const reference = new Map<string, { v: number; first: number; last: number }>();
      for (const [p, s, v, t, compactNow] of votes) {
        m.add(`p${p}`, `s${s}`, v, t);
        const key = `p${p}:s${s}`, cur = reference.get(key);
        if (!cur) reference.set(key, { v, first: t, last: t });
        else {
          if (t >= cur.last) { cur.v = v; cur.last = t; }
          cur.first = Math.min(cur.first, t);
        }
        if (compactNow) m.compact();
      }
      expect(cells(m.snapshot())).toEqual([...reference].map(([key, c]) => `${key}=${c.v}@${c.first}`).sort());
    }), { numRuns: 150 });
  });

  it('keeps columns ascending within each row', () => {
    const m = new VoteMatrix();
    for (const s of ['s3', 's1', 's2']) m.statementIndex(s);
    m.add('a', 's2', 1, 1);
    m.compact();
    m.add('a', 's3', 1, 2);
    m.add('a', 's1', 1, 3);
    const snap = m.snapshot();
    expect(Array.from(snap.col)).toEqual([0, 1, 2]);
  });

  it('merges in place while there is room', () => {
    const m = new VoteMatrix();
    for (let i = 0; i < 10; i++) m.add(`p${i % 3}`, `s${i}`, 1, i);
    const before = m.snapshot();
    m.add('p0', 's10', -1, 20);
    const after = m.snapshot();
    expect(after.col.buffer).toBe(before.col.buffer);
    expect(m.votesOf('p0').get('s10')).toBe(-1);
  });

  it('reports a participant’s latest votes, including those not yet compacted', () => {
    const m = new VoteMatrix();
    m.add('a', 's1', 1, 1);
    m.compact();
    m.add('a', 's2', -1, 2);
    m.add('a', 's1', 0, 3);
    m.add('a', 's2', 1, 0);
    expect(Object.fromEntries(m.votesOf('a'))).toEqual({ s1: 0, s2: -1 });
    expect(m.votesOf('nobody').size).toBe(0);
  });

  it('rejects values other than −1, 0, 1 and non-finite times', () => {
    const m = new VoteMatrix();
    expect(() => m.add('a', 's', 2 as never)).toThrow(RangeError);
    expect(() => m.add('a', 's', 1, Number.NaN)).toThrow(RangeError);
    expect(() => m.addIndexed(5, 0, 1)).toThrow(RangeError);
  });
});
