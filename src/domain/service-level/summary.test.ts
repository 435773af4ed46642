import { describe, expect, it } from 'vitest';
import { moderationSummary, moderationSummaryPerModerator } from './summary.js';

const at = (iso: string) => Date.parse(iso);

describe('moderationSummary', () => {
  it('has no share or median before anything is decided', () => {
    expect(moderationSummary([])).toEqual({ decided: 0, withinTargetShare: null, medianHoursToDecision: null });
  });

  it('measures in weekday hours against the 24-hour target', () => {
    const decided = [
      // Friday 15:00 → Monday 15:00: exactly 24 weekday hours, within target.
      { submittedAt: at('2026-01-23T15:00+02:00'), decidedAt: at('2026-01-26T15:00+02:00'), decidedBy: 'a' },
      // Friday 15:00 → Monday 16:00: 25 weekday hours, late.
      { submittedAt: at('2026-01-23T15:00+02:00'), decidedAt: at('2026-01-26T16:00+02:00'), decidedBy: 'b' },
      // Two hours on a Monday.
      { submittedAt: at('2026-01-26T09:00+02:00'), decidedAt: at('2026-01-26T11:00+02:00'), decidedBy: 'a' },
      // Decided by nobody in particular (post-moderation): counts overall only.
      { submittedAt: at('2026-01-26T09:00+02:00'), decidedAt: at('2026-01-26T09:00+02:00'), decidedBy: null },
    ];
    expect(moderationSummary(decided)).toEqual({ decided: 4, withinTargetShare: 0.75, medianHoursToDecision: 13 });
    const perModerator = moderationSummaryPerModerator(decided);
    expect([...perModerator.keys()]).toEqual(['a', 'b']);
    expect(perModerator.get('a')).toEqual({ decided: 2, withinTargetShare: 1, medianHoursToDecision: 13 });
    expect(perModerator.get('b')).toEqual({ decided: 1, withinTargetShare: 0, medianHoursToDecision: 25 });
  });
});
