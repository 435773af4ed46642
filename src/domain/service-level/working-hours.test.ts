import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOUR_MS,
  MODERATION_TARGET_HOURS,
  addWorkingHours,
  isModerationOverdue,
  moderationDueAt,
  workingMsBetween,
} from './working-hours.js';

// Local Helsinki times written with their offset: +02:00 in winter, +03:00 in summer.
const at = (iso: string) => Date.parse(iso);
const hours = (n: number) => n * HOUR_MS;

describe('MODERATION_TARGET_HOURS', () => {
  it('is 24 weekday hours', () => {
    expect(MODERATION_TARGET_HOURS).toBe(24);
  });
});

describe('moderationDueAt / addWorkingHours', () => {
  it.each([
    ['an ordinary Monday morning', '2026-01-19T09:00+02:00', '2026-01-20T09:00+02:00'],
    ['a Friday afternoon', '2026-01-23T15:00+02:00', '2026-01-26T15:00+02:00'],
    ['a Friday at 16:00', '2026-02-06T16:00+02:00', '2026-02-09T16:00+02:00'],
    // 5.12.2025 is a Friday; Independence Day falls on the Saturday, then Sunday.
    ['5.12. at 12:00, before Independence Day and the weekend', '2025-12-05T12:00+02:00', '2025-12-08T12:00+02:00'],
    // Counting starts when Monday begins.
    ['a Saturday', '2026-01-24T11:00+02:00', '2026-01-27T00:00+02:00'],
    ['a Sunday evening', '2026-01-25T23:30+02:00', '2026-01-27T00:00+02:00'],
    // Good Friday and Easter Monday are holidays.
    ['the Thursday before Good Friday 2026', '2026-04-02T10:00+03:00', '2026-04-07T10:00+03:00'],
    ['the Thursday before Good Friday 2025', '2025-04-17T10:00+03:00', '2025-04-22T10:00+03:00'],
    ['the day before Ascension Day', '2026-05-13T16:00+03:00', '2026-05-15T16:00+03:00'],
    ['the day before May Day on a Friday', '2026-04-30T09:00+03:00', '2026-05-04T09:00+03:00'],
    ['the day before Midsummer Eve', '2026-06-18T12:00+03:00', '2026-06-22T12:00+03:00'],
    ['the day before Epiphany', '2026-01-05T09:00+02:00', '2026-01-07T09:00+02:00'],
    ['New Year’s Eve', '2025-12-31T12:00+02:00', '2026-01-02T12:00+02:00'],
    ['the day before Christmas Eve', '2026-12-23T10:00+02:00', '2026-12-28T10:00+02:00'],
    ['the Friday before Christmas 2024', '2024-12-20T15:00+02:00', '2024-12-23T15:00+02:00'],
    ['the Monday before Christmas 2024', '2024-12-23T15:00+02:00', '2024-12-27T15:00+02:00'],
    ['the Friday before Independence Day on a Monday', '2027-12-03T15:00+02:00', '2027-12-07T15:00+02:00'],
    // Clocks go forward on Sunday 29 March 2026: the due time is 15:00 local, 71 real hours later.
    ['the Friday before spring forward', '2026-03-27T15:00+02:00', '2026-03-30T15:00+03:00'],
    ['the Sunday of spring forward', '2026-03-29T12:00+03:00', '2026-03-31T00:00+03:00'],
    // Clocks go back on Sunday 25 October 2026: 15:00 local again, 73 real hours later.
    ['the Friday before fall back', '2026-10-23T15:00+03:00', '2026-10-26T15:00+02:00'],
    ['the Sunday of fall back', '2026-10-25T03:30+02:00', '2026-10-27T00:00+02:00'],
  ])('is 24 weekday hours after %s', (_case, submitted, due) => {
    expect(new Date(moderationDueAt(at(submitted))).toISOString()).toBe(new Date(at(due)).toISOString());
  });

  it('takes the real hours of a DST weekend into account', () => {
    const spring = moderationDueAt(at('2026-03-27T15:00+02:00')) - at('2026-03-27T15:00+02:00');
    const autumn = moderationDueAt(at('2026-10-23T15:00+03:00')) - at('2026-10-23T15:00+03:00');
    expect(spring).toBe(hours(71));
    expect(autumn).toBe(hours(73));
  });

  it('ends at the earliest instant when the hours run out exactly at midnight before a weekend', () => {
    expect(addWorkingHours(at('2026-01-23T00:00+02:00'), 24)).toBe(at('2026-01-24T00:00+02:00'));
  });

  it('counts fractions of an hour and carries them over the weekend', () => {
    expect(addWorkingHours(at('2026-01-19T23:30+02:00'), 1)).toBe(at('2026-01-20T00:30+02:00'));
    expect(addWorkingHours(at('2026-01-23T23:30+02:00'), 1)).toBe(at('2026-01-26T00:30+02:00'));
    expect(addWorkingHours(at('2026-01-19T09:00+02:00'), 0.25)).toBe(at('2026-01-19T09:15+02:00'));
  });

  it('with zero hours is the start itself on a working day, and the next working morning otherwise', () => {
    expect(addWorkingHours(at('2026-01-19T09:00+02:00'), 0)).toBe(at('2026-01-19T09:00+02:00'));
    expect(addWorkingHours(at('2026-01-24T09:00+02:00'), 0)).toBe(at('2026-01-26T00:00+02:00'));
  });

  it('refuses negative or non-finite hours and times', () => {
    expect(() => addWorkingHours(at('2026-01-19T09:00+02:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingHours(at('2026-01-19T09:00+02:00'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingHours(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('workingMsBetween', () => {
  it('counts the plain elapsed time inside one working day', () => {
    expect(workingMsBetween(at('2026-01-19T09:00+02:00'), at('2026-01-19T11:30+02:00'))).toBe(hours(2.5));
  });

  it('counts Friday 15:00 to Monday 15:00 as 24 hours', () => {
    expect(workingMsBetween(at('2026-01-23T15:00+02:00'), at('2026-01-26T15:00+02:00'))).toBe(hours(24));
  });

  it('counts nothing on a weekend or over Easter', () => {
    expect(workingMsBetween(at('2026-01-24T00:00+02:00'), at('2026-01-26T00:00+02:00'))).toBe(0);
    expect(workingMsBetween(at('2026-04-03T00:00+03:00'), at('2026-04-07T00:00+03:00'))).toBe(0);
  });

  it('counts a Saturday submission from Monday midnight', () => {
    expect(workingMsBetween(at('2026-01-24T11:00+02:00'), at('2026-01-26T10:00+02:00'))).toBe(hours(10));
  });

  it('counts 24 hours across both DST weekends although the real time differs', () => {
    expect(workingMsBetween(at('2026-03-27T15:00+02:00'), at('2026-03-30T15:00+03:00'))).toBe(hours(24));
    expect(workingMsBetween(at('2026-10-23T15:00+03:00'), at('2026-10-26T15:00+02:00'))).toBe(hours(24));
  });

  it('counts a full working week as five days', () => {
    expect(workingMsBetween(at('2026-01-19T00:00+02:00'), at('2026-01-26T00:00+02:00'))).toBe(hours(120));
  });

  it('counts Christmas week 2026 as three working days, Monday 21 to Wednesday 23', () => {
    expect(workingMsBetween(at('2026-12-21T00:00+02:00'), at('2026-12-28T00:00+02:00'))).toBe(hours(72));
  });

  it('is zero when the end is not after the start', () => {
    const t = at('2026-01-19T09:00+02:00');
    expect(workingMsBetween(t, t)).toBe(0);
    expect(workingMsBetween(t, t - hours(5))).toBe(0);
  });
});

describe('isModerationOverdue', () => {
  it('is past the target only after the 24th weekday hour', () => {
    const submitted = at('2026-01-23T15:00+02:00');
    expect(isModerationOverdue(submitted, at('2026-01-25T23:00+02:00'))).toBe(false);
    expect(isModerationOverdue(submitted, at('2026-01-26T15:00+02:00'))).toBe(false);
    expect(isModerationOverdue(submitted, at('2026-01-26T15:00+02:00') + 1)).toBe(true);
  });
});

describe('working-hours properties', () => {
  // 2023–2028: several Easters, both DST changes each year, New Year crossings.
  const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2028, 11, 31) });
  // Up to 45 days, in milliseconds: longer than any statement should wait.
  const gap = fc.integer({ min: 0, max: 45 * 24 * HOUR_MS });

  it('addWorkingHours and workingMsBetween are inverses', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 400 }), (start, h) => {
        expect(workingMsBetween(start, addWorkingHours(start, h))).toBe(hours(h));
      }),
    );
  });

  it('working time is additive over consecutive intervals', () => {
    fc.assert(
      fc.property(instant, gap, gap, (a, ab, bc) => {
        const [b, c] = [a + ab, a + ab + bc];
        expect(workingMsBetween(a, b) + workingMsBetween(b, c)).toBe(workingMsBetween(a, c));
      }),
    );
  });

  it('working time never exceeds real time, and more hours never come earlier', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (start, h1, h2) => {
        const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1];
        const due = addWorkingHours(start, hi);
        expect(addWorkingHours(start, lo)).toBeLessThanOrEqual(due);
        expect(workingMsBetween(start, due)).toBeLessThanOrEqual(Math.max(0, due - start));
      }),
    );
  });
});
