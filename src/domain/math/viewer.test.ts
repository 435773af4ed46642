import { describe, expect, it } from 'vitest';
import { computeMath, VoteMatrix, type VoteValue } from './index.js';
import { evenSample, nearestGroup, projectVotes, votedLikeGroup, votesNeededToPlace } from './viewer.js';

/** Two camps of 12 over six statements (s5 agreed by all), one partial voter, one rejected statement. */
function conversation() {
  const votes = new VoteMatrix();
  const byParticipant = new Map<string, Map<string, VoteValue>>();
  let t = 0;
  const add = (p: string, s: string, v: VoteValue) => {
    votes.add(p, s, v, t++);
    if (!byParticipant.has(p)) byParticipant.set(p, new Map());
    byParticipant.get(p)!.set(s, v);
  };
  for (let i = 0; i < 24; i++) {
    const side = i < 12 ? 1 : -1;
    for (let s = 0; s < 5; s++) add(`p${i}`, `s${s}`, (s % 2 === 0 ? side : -side) as VoteValue);
    add(`p${i}`, 's5', 1);
    add(`p${i}`, 'rejected', -1);
  }
  add('partial', 's0', 1);
  add('partial', 's1', 0);
  const { result } = computeMath({ votes, statements: ['s0', 's1', 's2', 's3', 's4', 's5', 'rejected'], modOut: ['rejected'] }, { bridging: false });
  return { result, byParticipant };
}

describe('a participant in a stored result', () => {
  it('is projected exactly where the math put them, from their votes alone', () => {
    const { result, byParticipant } = conversation();
    result.participantIds.forEach((id, i) => {
      const p = projectVotes(byParticipant.get(id)!, result.pca)!;
      expect(p.x).toBeCloseTo(result.pca.x[i]!, 12);
      expect(p.y).toBeCloseTo(result.pca.y[i]!, 12);
    });
  });

  it('ignores votes on statements outside the math, and has no position without counted votes', () => {
    const { result } = conversation();
    expect(projectVotes(new Map([['rejected', 1 as VoteValue]]), result.pca)).toBeNull();
    expect(projectVotes(new Map([['s0', 1 as VoteValue], ['unknown', -1 as VoteValue]]), result.pca)!.counted).toBe(1);
  });

  it('is closest to the group of their own camp, for the reasons they share with it', () => {
    const { result, byParticipant } = conversation();
    expect(result.groups).toHaveLength(2);
    for (const id of ['p0', 'p13']) {
      const votes = byParticipant.get(id)!;
      const own = result.groups.find((g) => g.members.includes(id))!;
      expect(nearestGroup(projectVotes(votes, result.pca)!, result.groups)).toBe(own.id);
      const shared = votedLikeGroup(votes, own);
      expect(shared.length).toBeGreaterThan(0);
      for (const s of shared) {
        const v = votes.get(s.statementId);
        expect(v).toBe(s.direction === 'agree' ? 1 : -1);
        expect(s.groupShare).toBeGreaterThan(0.5);
      }
      const other = result.groups.find((g) => g !== own)!;
      expect(votedLikeGroup(votes, other).filter((s) => s.statementId !== 's5')).toEqual([]);
    }
  });

  it('needs min(inConvMinVotes, included statements) votes to be placed', () => {
    const { result } = conversation();
    expect(votesNeededToPlace(result)).toBe(6);
    expect(votesNeededToPlace({ ...result, parameters: { ...result.parameters, inConvMinVotes: 3 } })).toBe(3);
  });

  it('picks the nearest centre, and none without groups', () => {
    const groups = [{ id: 1, centre: [1, 0] as [number, number] }, { id: 0, centre: [-1, 0] as [number, number] }];
    expect(nearestGroup({ x: 0.9, y: 3 }, groups)).toBe(1);
    expect(nearestGroup({ x: 0, y: 0 }, groups)).toBe(0);
    expect(nearestGroup({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe('evenSample', () => {
  it('keeps everything under the limit and spreads evenly over it', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const big = Array.from({ length: 10_000 }, (_, i) => i);
    const s = evenSample(big, 2000);
    expect(s).toHaveLength(2000);
    expect(s[0]).toBe(0);
    expect(s[1]).toBe(5);
    expect(s.at(-1)).toBe(9995);
  });
});
