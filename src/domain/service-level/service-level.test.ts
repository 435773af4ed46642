import { describe, expect, it } from 'vitest';
import { serviceLevel } from './working-hours.js';

const at = (iso: string) => Date.parse(iso);

describe('serviceLevel', () => {
  it('has no share or median before anything is decided', () => {
    expect(serviceLevel([], at('2026-01-26T12:00+02:00'))).toEqual({
      decided: 0,
      withinTarget: 0,
      shareWithinTarget: null,
      medianWorkingHoursToDecision: null,
      overdue: 0,
    });
  });

  it('counts decisions within target, the median in weekday hours and the overdue pending ones', () => {
    const now = at('2026-01-27T12:00+02:00');
    const result = serviceLevel(
      [
        // Friday 15:00 → Monday 15:00: exactly 24 weekday hours, within target.
        { submittedAt: at('2026-01-23T15:00+02:00'), decidedAt: at('2026-01-26T15:00+02:00') },
        // Friday 15:00 → Monday 16:00: 25 weekday hours, late.
        { submittedAt: at('2026-01-23T15:00+02:00'), decidedAt: at('2026-01-26T16:00+02:00') },
        // Two hours on a Monday.
        { submittedAt: at('2026-01-26T09:00+02:00'), decidedAt: at('2026-01-26T11:00+02:00') },
        // Saturday → Monday 06:00: the weekend does not count, 6 hours.
        { submittedAt: at('2026-01-24T11:00+02:00'), decidedAt: at('2026-01-26T06:00+02:00') },
        // Pending since Thursday 10:00: 14 + 24 + 24 + 12 = 74 weekday hours, overdue.
        { submittedAt: at('2026-01-22T10:00+02:00'), decidedAt: null },
        // Pending since Monday 13:00: 11 + 12 = 23 weekday hours, not yet overdue.
        { submittedAt: at('2026-01-26T13:00+02:00'), decidedAt: null },
      ],
      now,
    );
    expect(result).toEqual({
      decided: 4,
      withinTarget: 3,
      shareWithinTarget: 0.75,
      // Median of 2, 6, 24 and 25.
      medianWorkingHoursToDecision: 15,
      overdue: 1,
    });
  });

  it('takes the middle value for an odd number of decisions', () => {
    const result = serviceLevel(
      [
        { submittedAt: at('2026-01-19T09:00+02:00'), decidedAt: at('2026-01-19T10:00+02:00') },
        { submittedAt: at('2026-01-19T09:00+02:00'), decidedAt: at('2026-01-19T12:30+02:00') },
        { submittedAt: at('2026-01-19T09:00+02:00'), decidedAt: at('2026-01-22T09:00+02:00') },
      ],
      at('2026-01-30T12:00+02:00'),
    );
    expect(result.medianWorkingHoursToDecision).toBe(3.5);
    expect(result.withinTarget).toBe(2);
    expect(result.shareWithinTarget).toBeCloseTo(2 / 3);
  });

  it('does not count a statement pending over Christmas as overdue before the weekday hours run out', () => {
    const submittedAt = at('2026-12-23T10:00+02:00');
    expect(serviceLevel([{ submittedAt, decidedAt: null }], at('2026-12-28T09:59+02:00')).overdue).toBe(0);
    expect(serviceLevel([{ submittedAt, decidedAt: null }], at('2026-12-28T10:01+02:00')).overdue).toBe(1);
  });
});
