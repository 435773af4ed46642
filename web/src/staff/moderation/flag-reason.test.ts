import { describe, expect, it } from 'vitest';
import { quickRejections, reasonForFlag } from './flag-reason';
import type { Flag, Nearest } from './types';

const flag = (rule: Flag['rule'], kind: string, extra: Partial<Flag> = {}): Flag => ({ rule, kind, reason: { en: kind }, span: null, ...extra });
const near = (statementId: string): Nearest => ({ statementId, text: 'x', lang: 'fi', score: 0.8 });

describe('reasonForFlag', () => {
  it('takes the rule when it is a reason name', () => {
    expect(reasonForFlag(flag('names_person', 'email'))).toBe('names_person');
    expect(reasonForFlag(flag('offensive', 'insult'))).toBe('offensive');
    expect(reasonForFlag(flag('off_topic', 'off_topic'))).toBe('off_topic');
    expect(reasonForFlag(flag('duplicate', 'duplicate'))).toBe('duplicate');
  });

  it('maps rule numbers: 1 names a person, 2 offends, 3 is off topic or a duplicate by what was found', () => {
    expect(reasonForFlag(flag(1, 'personal_name'))).toBe('names_person');
    expect(reasonForFlag(flag('2', 'shouting'))).toBe('offensive');
    expect(reasonForFlag(flag(3, 'off_topic'))).toBe('off_topic');
    expect(reasonForFlag(flag(3, 'duplicate'))).toBe('duplicate');
  });

  it('falls back on the kind, and gives null for what it does not know', () => {
    expect(reasonForFlag(flag('', 'personal_identity_code'))).toBe('names_person');
    expect(reasonForFlag(flag('', 'group_slur'))).toBe('offensive');
    expect(reasonForFlag(flag('', 'something_new'))).toBeNull();
  });
});

describe('quickRejections', () => {
  it('offers one rejection per rule, in flag order', () => {
    const flags = [flag('names_person', 'personal_name'), flag('offensive', 'insult'), flag('names_person', 'phone')];
    expect(quickRejections(flags, [])).toEqual([{ reason: 'names_person' }, { reason: 'offensive' }]);
  });

  it('rejects a duplicate as a duplicate of the flag’s statement, else of the nearest one', () => {
    expect(quickRejections([flag('duplicate', 'duplicate', { statementId: 's-1' })], [near('s-2')])).toEqual([{ reason: 'duplicate', duplicateOf: 's-1' }]);
    expect(quickRejections([flag('duplicate', 'duplicate')], [near('s-2')])).toEqual([{ reason: 'duplicate', duplicateOf: 's-2' }]);
    expect(quickRejections([flag('duplicate', 'duplicate')], [])).toEqual([]);
  });

  it('offers nothing without flags', () => expect(quickRejections([], [near('s')])).toEqual([]));
});
