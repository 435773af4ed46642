import { describe, expect, it } from 'vitest';
import type { VoteEvent } from '../../app/ports.js';
import { SKIPPED_WAIT_MS, SkippedVotes } from './skipped-votes.js';

const event = (seq: number): VoteEvent => ({ seq, conversationId: 'c', participantId: 'p', statementId: 's', value: 1, createdAt: 0 });

describe('skipped vote numbers', () => {
  it('looks again for the numbers read past, until they show or have been looked for long enough', () => {
    const skipped = new SkippedVotes();
    skipped.notice(10, [event(11), event(13), event(16)], 1_000);
    expect(skipped.toLookFor(1_000)).toEqual([12, 14, 15]);
    skipped.found([event(14)]);
    expect(skipped.toLookFor(1_000 + SKIPPED_WAIT_MS)).toEqual([12, 15]);
    skipped.notice(16, [event(18)], 5_000);
    expect(skipped.toLookFor(1_001 + SKIPPED_WAIT_MS)).toEqual([17]);
    expect(skipped.toLookFor(5_001 + SKIPPED_WAIT_MS)).toEqual([]);
  });

  it('takes a long run of missing numbers for history, not votes in flight', () => {
    const skipped = new SkippedVotes();
    skipped.notice(0, [event(5_000), event(5_002)], 0);
    expect(skipped.toLookFor(0)).toEqual([5_001]);
  });

  it('lets the oldest gaps go first when there are too many, never one just noticed', () => {
    const skipped = new SkippedVotes();
    const history = Array.from({ length: 3_000 }, (_, i) => event(2 * i + 2));
    skipped.notice(0, history, 0);
    skipped.notice(6_000, [event(6_002)], 0);
    const looking = skipped.toLookFor(0);
    expect(looking).toHaveLength(2_000);
    expect(looking).toContain(6_001);
    expect(looking).not.toContain(1);
  });
});
