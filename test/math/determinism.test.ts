/**
 * The same votes give byte-identical results: computed twice, or with the votes arriving in another
 * order and compacted at other moments (timings aside).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMath, VoteMatrix, type MathInput } from '../../src/domain/math/index.js';
import { readPolisExport, toMathInput, type PolisVoteEvent } from '../../src/infra/polis/index.js';
import { canonicalJson, POLIS_OPEN_DATA } from './helpers.js';
import { seededRandom } from '../../src/domain/math/random.js';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed), out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same input with the votes fed in the given order, compacting every `every` votes. */
function withVotes(input: MathInput, events: readonly PolisVoteEvent[], every: number): MathInput {
  const votes = new VoteMatrix();
  events.forEach((e, i) => {
    votes.add(e.participantId, e.statementId, e.value, e.timestamp!);
    if (i % every === every - 1) votes.compact();
  });
  return { ...input, votes };
}

describe('determinism', () => {
  const conv = readPolisExport(join(POLIS_OPEN_DATA, 'brexit-consensus'));
  const base = toMathInput(conv);

  it('gives the same JSON for the same input twice', () => {
    expect(canonicalJson(computeMath(base).result)).toBe(canonicalJson(computeMath(base).result));
  });

  it('gives the same JSON whatever order the votes arrive in', () => {
    // The export has re-votes on the same statement: the latest in time must win in every order.
    expect(conv.votes.length).toBeGreaterThan(base.votes.cellCount);
    const reference = canonicalJson(computeMath(withVotes(base, conv.votes, 1_000_000)).result);
    expect(canonicalJson(computeMath(base).result)).toBe(reference);
    for (const seed of [1, 2]) {
      expect(canonicalJson(computeMath(withVotes(base, shuffled(conv.votes, seed), 997)).result)).toBe(reference);
    }
    expect(canonicalJson(computeMath(withVotes(base, [...conv.votes].reverse(), 50)).result)).toBe(reference);
  });
});
