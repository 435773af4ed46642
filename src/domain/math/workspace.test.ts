import { describe, expect, it } from 'vitest';
import { PlantedConversation } from '../../../test/math/synthetic.js';
import { computeMath, MathWorkspace } from './index.js';

describe('workspace', () => {
  it('hands out reusable arrays of at least the asked length', () => {
    const w = new MathWorkspace();
    const a = w.take('x', 'f64', 10);
    expect(a.length).toBeGreaterThanOrEqual(10);
    expect(w.take('x', 'f64', 8)).toBe(a);
    expect(w.take('x', 'f64', 1000).length).toBeGreaterThanOrEqual(1000);
    expect(w.take('y', 'i8', 3)).toBeInstanceOf(Int8Array);
  });

  it('gives the same results as fresh memory, update after update', () => {
    const conv = new PlantedConversation({ participants: 200, statements: 30, votesPerParticipant: 15, groups: 2, seed: 4 });
    const input = { votes: conv.matrix, statements: conv.statementIds };
    const workspace = new MathWorkspace();
    let fresh = computeMath(input), reused = computeMath(input, { workspace });
    expect(JSON.stringify(reused.result)).toBe(JSON.stringify(fresh.result));
    for (let u = 0; u < 3; u++) {
      conv.addVotes(60);
      fresh = computeMath(input, {}, fresh.state);
      reused = computeMath(input, { workspace }, reused.state);
      expect(JSON.stringify(reused.result)).toBe(JSON.stringify(fresh.result));
    }
  });
});
