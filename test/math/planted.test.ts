/** Synthetic conversations with planted opinion groups: the math must find them. */
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/domain/math/ari.js';
import { computeMath, type MathParams, type MathResult } from '../../src/domain/math/index.js';
import { groupOf } from './helpers.js';
import { PlantedConversation } from './synthetic.js';

function recovery(conv: PlantedConversation, result: MathResult): number {
  const ours = groupOf(result);
  const ids = conv.participantIds.filter((id) => ours.has(id));
  expect(ids).toHaveLength(conv.participantIds.length);
  const planted = new Map(conv.participantIds.map((id, i) => [id, conv.groupOf[i]!]));
  return adjustedRandIndex(ids.map((p) => ours.get(p)!), ids.map((p) => planted.get(p)!));
}

describe.each([2, 3, 4])('%i planted groups', (groups) => {
  const conv = new PlantedConversation({ participants: 600, statements: 60, votesPerParticipant: 25, groups, seed: 100 + groups });
  const { result } = computeMath({ votes: conv.matrix, statements: conv.statementIds });

  it('chooses the planted number of groups and recovers them', () => {
    expect(result.groups).toHaveLength(groups);
    expect(recovery(conv, result)).toBeGreaterThanOrEqual(0.9);
  });

  it('represents each group by statements its members vote the group’s way', () => {
    for (const g of result.groups) {
      for (const e of g.repness) {
        const votes = g.members.map((m) => conv.matrix.votesOf(m).get(e.statementId)).filter((v) => v !== undefined);
        const agree = votes.filter((v) => v === 1).length, disagree = votes.filter((v) => v === -1).length;
        expect(e.direction === 'agree' ? agree > disagree : disagree > agree).toBe(true);
      }
    }
  });

  it('recovers them from a cold start with the best-inertia group start, also with denser votes', () => {
    const params: Partial<MathParams> = { groupStarts: 'best-inertia' };
    for (const votesPerParticipant of [25, 40]) {
      const dense = new PlantedConversation({ participants: 600, statements: 60, votesPerParticipant, groups, seed: 100 + groups });
      const r = computeMath({ votes: dense.matrix, statements: dense.statementIds }, { params }).result;
      expect(r.groups).toHaveLength(groups);
      expect(recovery(dense, r)).toBeGreaterThanOrEqual(0.9);
    }
  });
});
