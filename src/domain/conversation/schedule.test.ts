import { describe, expect, it } from 'vitest';
import { canVote, canWrite, phaseAt, validateSchedule } from './schedule.js';

// The Helsinki conversation: open 19.1.–1.2.2026, statements until 25.1. (Helsinki time, UTC+2).
const opensAt = Date.parse('2026-01-18T22:00:00Z');
const statementsCloseAt = Date.parse('2026-01-25T22:00:00Z');
const closesAt = Date.parse('2026-02-01T22:00:00Z');
const schedule = { opensAt, statementsCloseAt, closesAt };

describe('conversation phases', () => {
  it('moves draft → open → voting only → closed at the scheduled instants', () => {
    expect(phaseAt(schedule, opensAt - 1)).toBe('draft');
    expect(phaseAt(schedule, opensAt)).toBe('open');
    expect(phaseAt(schedule, statementsCloseAt - 1)).toBe('open');
    expect(phaseAt(schedule, statementsCloseAt)).toBe('voting_only');
    expect(phaseAt(schedule, closesAt - 1)).toBe('voting_only');
    expect(phaseAt(schedule, closesAt)).toBe('closed');
  });

  it('is a draft without an opening time, open-ended without closing times, closed when closed by hand', () => {
    expect(phaseAt({ opensAt: null, statementsCloseAt: null, closesAt: null }, opensAt)).toBe('draft');
    expect(phaseAt({ opensAt, statementsCloseAt: null, closesAt: null }, closesAt * 2)).toBe('open');
    expect(phaseAt(schedule, opensAt + 1, true)).toBe('closed');
    expect(phaseAt(schedule, opensAt - 1, true)).toBe('draft');
  });

  it('takes votes while open or voting only, statements only while open', () => {
    expect(['draft', 'open', 'voting_only', 'closed'].map((p) => canVote(p as never))).toEqual([false, true, true, false]);
    expect(['draft', 'open', 'voting_only', 'closed'].map((p) => canWrite(p as never))).toEqual([false, true, false, false]);
  });

  it('refuses times out of order', () => {
    expect(() => validateSchedule(schedule)).not.toThrow();
    expect(() => validateSchedule({ opensAt, statementsCloseAt: closesAt + 1, closesAt })).toThrow(/after the conversation closes/);
    expect(() => validateSchedule({ opensAt, statementsCloseAt: opensAt - 1, closesAt })).toThrow(/before the conversation opens/);
    expect(() => validateSchedule({ opensAt: null, statementsCloseAt: null, closesAt })).toThrow(/needs an opening time/);
    expect(() => validateSchedule({ opensAt: 1.5, statementsCloseAt: null, closesAt: null })).toThrow(/epoch/);
  });
});
