import { describe, expect, it } from 'vitest';
import { VoteMatrix } from './matrix.js';
import { prepare } from './prepare.js';

function matrix(votes: [string, string, -1 | 0 | 1, number][]): VoteMatrix {
  const m = new VoteMatrix();
  for (const v of votes) m.add(...v);
  return m;
}

describe('prepare', () => {
  const votes: [string, string, -1 | 0 | 1, number][] = [
    ['b', 's2', 1, 5], ['a', 's1', -1, 3], ['a', 's2', 0, 4], ['c', 's1', 1, 9], ['x', 's1', 1, 1], ['c', 's3', 1, 10],
  ];

  it('orders participants by first vote and statements as listed, then by first vote', () => {
    const p = prepare(matrix(votes).snapshot(), { statements: ['s4', 's2'], banned: ['x'] });
    expect(p.participantIds).toEqual(['a', 'b', 'c']);
    expect(p.statementIds).toEqual(['s4', 's2', 's1', 's3']);
  });

  it('honours an explicit participant order', () => {
    const p = prepare(matrix(votes).snapshot(), { participants: ['c', 'x', 'a'] });
    expect(p.participantIds).toEqual(['c', 'x', 'a', 'b']);
  });

  it('leaves banned participants out of every count', () => {
    const p = prepare(matrix(votes).snapshot(), { banned: ['x'] });
    const s1 = p.statementIds.indexOf('s1');
    expect([p.agree[s1], p.disagree[s1], p.pass[s1]]).toEqual([1, 1, 0]);
    expect(p.center[p.includedIds.indexOf('s1')]).toBe(0);
  });

  it('keeps mod-out and meta statements in the plain tallies but out of the matrix', () => {
    const p = prepare(matrix(votes).snapshot(), { modOut: ['s3'], meta: ['s2'], seed: ['s1'] });
    expect(p.includedIds).toEqual(['s1']);
    const s3 = p.statementIds.indexOf('s3');
    expect(p.agree[s3]).toBe(1);
    expect(p.excluded[s3]).toBe(1);
    expect(p.modOut[s3]).toBe(1);
    expect(p.meta[p.statementIds.indexOf('s2')]).toBe(1);
    expect(p.seed[p.statementIds.indexOf('s1')]).toBe(1);
    expect(p.excludedWithVotes).toBe(2);
    // Only the votes on s1 are in the CSR.
    expect(p.col.length).toBe(3);
  });

  it('builds the CSR with the mean vote of each column (passes count as 0)', () => {
    const p = prepare(matrix(votes).snapshot(), { statements: ['s1', 's2', 's3'] });
    expect(p.includedIds).toEqual(['s1', 's2', 's3']);
    expect(Array.from(p.center)).toEqual([1 / 3, 0.5, 1]);
    expect(p.participantIds).toEqual(['x', 'a', 'b', 'c']);
    expect(Array.from(p.rowPtr)).toEqual([0, 1, 3, 4, 6]);
    expect(Array.from(p.col)).toEqual([0, 0, 1, 1, 0, 2]);
    expect(Array.from(p.val)).toEqual([1, -1, 0, 1, 1, 1]);
  });

  it('sorts rows by canonical column even when statements arrived in another order', () => {
    const p = prepare(matrix(votes).snapshot(), { statements: ['s3', 's2', 's1'] });
    const row = p.participantIds.indexOf('c');
    expect(Array.from(p.col.subarray(p.rowPtr[row]!, p.rowPtr[row + 1]!))).toEqual([0, 2]);
  });
});
