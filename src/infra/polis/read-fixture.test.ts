import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectVoteSign, readPolisMathFixture } from './read-fixture.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'polis-math');

describe('reading a Pol.is math fixture', () => {
  it('reads both field-name variants', () => {
    const old = readPolisMathFixture(join(FIXTURES, 'below-100-ptpts'));
    expect(old.conversation.votes).toHaveLength(504);
    expect(old.conversation.statements).toHaveLength(44);
    expect(old.conversation.strictModeration).toBe(true);
    const newer = readPolisMathFixture(join(FIXTURES, '25ptpt-3gp-no-strict-with-meta'));
    expect(newer.conversation.statements.filter((s) => s.isMeta).map((s) => s.id)).toEqual(['0', '1', '2', '3']);
    expect(newer.conversation.statements[1]!.createdAt).toBe(Date.parse('2023-08-11T06:33:28.174Z'));
    expect(newer.conversation.strictModeration).toBe(false);
  });

  it('checks the vote sign against the comment tallies (these fixtures already use agree = +1)', () => {
    const fx = readPolisMathFixture(join(FIXTURES, 'below-100-ptpts'));
    expect(fx.voteSign).toBe(1);
    // Statement 26 has 15 agrees and no disagree in comments.json.
    const on26 = fx.conversation.votes.filter((v) => v.statementId === '26');
    expect(on26.filter((v) => v.value === 1)).toHaveLength(15);
    const rows = [{ tid: 0, vote: -1 }, { tid: 0, vote: -1 }, { tid: 1, vote: 1 }];
    expect(detectVoteSign(rows, [{ tid: 0, agree_count: 2, disagree_count: 0 }, { tid: 1, agree_count: 0, disagree_count: 1 }])).toBe(-1);
    expect(detectVoteSign(rows, [{ tid: 0, agree_count: 0, disagree_count: 2 }, { tid: 1, agree_count: 1, disagree_count: 0 }])).toBe(1);
  });

  it('flips Pol.is’s PCA to agree = +1 and resolves groups to participants', () => {
    const fx = readPolisMathFixture(join(FIXTURES, 'below-100-ptpts'));
    // Statement 0 drew 11 disagrees and 3 passes: its mean vote is −11/14.
    expect(fx.math.pca.center[0]).toBeCloseTo(-11 / 14, 12);
    expect(fx.math.groups.map((g) => g.participants.length)).toEqual([11, 3, 9]);
    expect(fx.math.inConv).toHaveLength(23);
    expect(fx.math.modOut.sort()).toEqual(['11', '33']);
    expect(fx.math.repness['0']![0]).toEqual({ statementId: '13', direction: 'agree', bestAgree: true });
    expect(fx.math.consensus.disagree).toEqual(['0']);
  });
});
