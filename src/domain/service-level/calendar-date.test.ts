import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, nextWeekdayOnOrAfter, yearOf, ymdParts } from './calendar-date.js';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-04-05', -2)).toBe('2026-04-03');
  });

  it('knows the weekday, Monday = 1 … Sunday = 7', () => {
    expect(isoWeekday('2026-01-19')).toBe(1);
    expect(isoWeekday('2026-01-23')).toBe(5);
    expect(isoWeekday('2026-01-25')).toBe(7);
  });

  it('finds the next given weekday, counting the day itself', () => {
    expect(nextWeekdayOnOrAfter('2026-06-19', 5)).toBe('2026-06-19');
    expect(nextWeekdayOnOrAfter('2027-06-19', 5)).toBe('2027-06-25');
  });

  it('refuses what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '26-01-05', '2026-01-05T00:00', '']) {
      expect(() => ymdParts(bad), bad).toThrow(RangeError);
    }
    expect(yearOf('2026-01-05')).toBe(2026);
  });
});
