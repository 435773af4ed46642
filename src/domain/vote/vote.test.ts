import { describe, expect, it } from 'vitest';
import { voteValue, voteWord } from './vote.js';

describe('vote values', () => {
  it('maps agree to +1, disagree to −1 and pass to 0, and back', () => {
    expect(voteValue('agree')).toBe(1);
    expect(voteValue('disagree')).toBe(-1);
    expect(voteValue('pass')).toBe(0);
    expect([1, -1, 0].map(voteWord)).toEqual(['agree', 'disagree', 'pass']);
  });

  it('refuses anything else with invalid_vote', () => {
    for (const bad of ['Agree', 'yes', 1, -1, 0, null, undefined, '', {}]) {
      expect(() => voteValue(bad), String(bad)).toThrow(expect.objectContaining({ code: 'invalid_vote' }));
    }
    expect(() => voteWord(2)).toThrow(expect.objectContaining({ code: 'invalid_vote' }));
  });
});
