import { describe, expect, it } from 'vitest';
import type { Statement } from '../../domain/statement/statement.js';
import { statementFigures } from './moderation-figures.js';
import { uncertainStatements } from './uncertainty.js';

const HOUR = 3_600_000;
// Monday 26.1.2026 09:00 in Helsinki.
const MONDAY = Date.UTC(2026, 0, 26, 7, 0);

function statement(overrides: Partial<Statement>): Statement {
  return {
    id: 's', conversationId: 'c', lang: 'fi', text: 't', status: 'published', isSeed: false, isMeta: false,
    authorParticipantId: 'p', rejectionReason: null, rejectionNote: null, duplicateOf: null,
    createdAt: MONDAY, decidedAt: MONDAY + HOUR, translations: {}, ...overrides,
  };
}

describe('statements with much uncertainty', () => {
  const tally = (agree: number, disagree: number, pass: number) => ({ agree, disagree, pass });

  it('lists many passes (from 30 % of at least 5 votes) before few votes (under a quarter of the median, at least 5)', () => {
    const statements = [
      { id: 'clear', tally: tally(30, 10, 0) },
      { id: 'passy', tally: tally(10, 10, 20) },
      { id: 'a-bit-passy', tally: tally(20, 8, 12) },
      { id: 'four-passes', tally: tally(0, 0, 4) },
      { id: 'new', tally: tally(1, 0, 0) },
      { id: 'median', tally: tally(20, 20, 0) },
    ];
    const u = uncertainStatements(statements);
    expect(u.fewVotesBelow).toBe(10);
    expect(u.statements.map((s) => [s.statementId, s.reason])).toEqual([
      ['passy', 'many_passes'],
      ['a-bit-passy', 'many_passes'],
      ['new', 'few_votes'],
      ['four-passes', 'few_votes'],
    ]);
    expect(u.statements[0]!.passShare).toBe(0.5);
  });

  it('lists nothing for a conversation without votes, and never fewer than 5 as the few-votes bar', () => {
    expect(uncertainStatements([])).toEqual({ fewVotesBelow: 5, statements: [] });
    expect(uncertainStatements([{ id: 'x', tally: tally(0, 0, 0) }]).statements).toEqual([{ statementId: 'x', reason: 'few_votes', votes: 0, passShare: 0 }]);
  });
});

describe('moderation figures', () => {
  it('counts statements by status and rejection rule, seed statements apart', () => {
    const f = statementFigures([
      statement({ isSeed: true, authorParticipantId: null }),
      statement({}),
      statement({ status: 'rejected', rejectionReason: 'offensive' }),
      statement({ status: 'rejected', rejectionReason: null }),
      statement({ status: 'pending', decidedAt: null }),
    ]);
    expect(f).toMatchObject({ total: 5, seed: 1, submitted: 4, published: 2, rejected: 2, pending: 1, withdrawn: 0 });
    expect(f.rejectedByReason).toMatchObject({ offensive: 1, other: 1, names_person: 0 });
  });
});
