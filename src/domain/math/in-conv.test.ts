import { describe, expect, it } from 'vitest';
import { computeInConv, countAtOrBefore, qualifies } from './in-conv.js';
import { VoteMatrix } from './matrix.js';
import { DEFAULT_PARAMS, resolveParams } from './params.js';
import { prepare, type PrepareInput } from './prepare.js';

function inConv(votes: [string, string, -1 | 0 | 1, number][], input: PrepareInput = {}, overrides = {}, previous: string[] = []): string[] {
  const m = new VoteMatrix();
  for (const v of votes) m.add(...v);
  const p = prepare(m.snapshot(), input);
  const flags = computeInConv(p, resolveParams(overrides), previous);
  return p.participantIds.filter((_, i) => flags[i]);
}

describe('in-conv', () => {
  it('counts how many times are at or before t', () => {
    const t = Float64Array.from([1, 2, 2, 5]);
    expect([0, 1, 2, 3, 5, 9].map((x) => countAtOrBefore(t, x))).toEqual([0, 1, 3, 3, 4, 4]);
  });

  it('qualifies a participant whose c-th vote came when at most c statements had votes', () => {
    const statements = Float64Array.from([1, 2, 10, 11, 12, 13, 14, 15]);
    // Two votes at times 1 and 2, when only two statements existed: qualifies (min(7, 2) = 2).
    expect(qualifies(Float64Array.from([1, 2]), 2, 7, statements)).toBe(true);
    // Two votes late, when eight statements had votes: needs 7.
    expect(qualifies(Float64Array.from([20, 21]), 2, 7, statements)).toBe(false);
    expect(qualifies(Float64Array.from([20, 21, 22, 23, 24, 25, 26]), 7, 7, statements)).toBe(true);
    expect(qualifies(new Float64Array(0), 0, 7, statements)).toBe(false);
  });

  it('needs min(7, n) votes once the first 15 participants are in', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    let t = 0;
    for (let s = 0; s < 10; s++) votes.push(['seed', `s${s}`, 1, t++]);
    for (let p = 0; p < 15; p++) votes.push([`early${p}`, 's0', 1, t++]);
    for (let s = 0; s < 7; s++) votes.push(['late7', `s${s}`, 1, t++]);
    for (let s = 0; s < 6; s++) votes.push(['late6', `s${s}`, 1, t++]);
    const ids = inConv(votes);
    expect(ids).toContain('late7');
    expect(ids).not.toContain('late6');
    // The first 15 voters are in whatever their count ...
    expect(ids.filter((id) => id.startsWith('early'))).toHaveLength(14);
    // ... with a lower threshold while few statements exist: 'seed' qualified on its own.
    expect(ids).toContain('seed');
    expect(ids).toHaveLength(16);
  });

  it('keeps anyone who qualified when few statements existed', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    for (let p = 0; p < 15; p++) votes.push([`p${p}`, 's0', 1, p]);
    votes.push(['early', 's0', 1, 100]); // one vote, while only one statement had votes
    for (let s = 1; s < 10; s++) votes.push(['p0', `s${s}`, 1, 200 + s]);
    votes.push(['late', 's0', 1, 300]); // one vote, after ten statements had votes
    const ids = inConv(votes);
    expect(ids).toContain('early');
    expect(ids).not.toContain('late');
  });

  it('keeps participants who were in-conv in an earlier update', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    for (let p = 0; p < 20; p++) for (let s = 0; s < 7; s++) votes.push([`p${p}`, `s${s}`, 1, p * 10 + s]);
    for (let s = 0; s < 3; s++) votes.push(['few', `s${s}`, 1, 1000 + s]);
    expect(inConv(votes)).not.toContain('few');
    expect(inConv(votes, {}, {}, ['few', 'gone'])).toContain('few');
  });

  it('counts votes on moderated-out statements only under Pol.is parity', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    for (let p = 0; p < 20; p++) for (let s = 0; s < 8; s++) votes.push([`p${p}`, `s${s}`, 1, p * 10 + s]);
    for (let s = 0; s < 7; s++) votes.push(['mixed', `s${s}`, 1, 1000 + s]);
    expect(inConv(votes, { modOut: ['s0'] })).not.toContain('mixed');
    expect(inConv(votes, { modOut: ['s0'] }, { polisParity: true })).toContain('mixed');
  });

  it('follows the parameters', () => {
    const votes: [string, string, -1 | 0 | 1, number][] = [];
    for (let s = 0; s < 9; s++) votes.push(['first', `s${s}`, 1, s]);
    for (let p = 0; p < 10; p++) for (let s = 0; s < p; s++) votes.push([`p${p}`, `s${s}`, 1, 100 + p * 10 + s]);
    const ids = inConv(votes, {}, { inConvMinParticipants: 0, inConvMinVotes: 3 });
    expect(ids).toEqual(['first', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(inConv(votes, {}, { inConvMinParticipants: 3, inConvMinVotes: 3 })).toEqual(['first', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(DEFAULT_PARAMS.inConvMinVotes).toBe(7);
  });
});
