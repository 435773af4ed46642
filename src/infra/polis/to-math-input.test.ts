import { describe, expect, it } from 'vitest';
import { toMathInput } from './to-math-input.js';
import type { PolisConversation, PolisStatement } from './types.js';

const statement = (id: string, moderation: PolisStatement['moderation'], isMeta = false, isSeed = false): PolisStatement =>
  ({ id, text: id, moderation, isMeta, isSeed, authorId: null, createdAt: null });

const conv: PolisConversation = {
  statements: [statement('0', 'accepted', false, true), statement('1', 'unmoderated'), statement('2', 'rejected'), statement('3', 'accepted', true), statement('4', 'rejected', true)],
  votes: [
    { participantId: 'b', statementId: '0', value: 1, timestamp: null },
    { participantId: 'a', statementId: '1', value: -1, timestamp: null },
  ],
  participants: ['b', 'a'],
  groups: null,
  strictModeration: null,
};

describe('toMathInput', () => {
  it('moderates out rejected statements, and unmoderated ones when strict', () => {
    expect(toMathInput(conv).modOut).toEqual(['2', '4']);
    expect(toMathInput(conv, { strict: true }).modOut).toEqual(['1', '2', '4']);
    expect(toMathInput({ ...conv, strictModeration: true }).modOut).toEqual(['1', '2', '4']);
  });

  it('passes meta and seed statements, and the statement order', () => {
    const input = toMathInput(conv);
    expect(input.meta).toEqual(['3', '4']);
    expect(input.seed).toEqual(['0']);
    expect(input.statements).toEqual(['0', '1', '2', '3', '4']);
  });

  it('uses the export’s participant order only when votes have no times', () => {
    expect(toMathInput(conv).participants).toEqual(['b', 'a']);
    const timed = { ...conv, votes: conv.votes.map((v, i) => ({ ...v, timestamp: 10 - i })) };
    const input = toMathInput(timed);
    expect(input.participants).toBeUndefined();
    expect(input.votes.cellCount).toBe(2);
  });
});
