import { describe, expect, it } from 'vitest';
import { quickRejections } from './flag-reason';
import type { Flag, Nearest } from './types';

const flag = (rule: Flag['rule'], kind: string, extra: Partial<Flag> = {}): Flag => ({ rule, kind, reason: { fi: kind, sv: kind, en: kind }, span: null, ...extra });
const near = (statementId: string): Nearest => ({ statementId, text: 'x', lang: 'fi', score: 0.8, status: 'published' });

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
