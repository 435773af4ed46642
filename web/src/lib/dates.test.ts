import { describe, expect, it } from 'vitest';
import { formatStart, formatUntil } from './dates';

// 25 January 2026 ends at 22:00 UTC (midnight in Helsinki, UTC+2 in winter).
const END_OF_25_JAN = '2026-01-25T22:00:00.000Z';

describe('dates in Helsinki time', () => {
  it('shows the last day of a phase that ends at midnight, in each language’s format', () => {
    expect(formatUntil(END_OF_25_JAN, 'fi')).toBe('25.1.');
    expect(formatUntil(END_OF_25_JAN, 'sv')).toBe('25 januari');
    expect(formatUntil(END_OF_25_JAN, 'en')).toBe('25 January');
  });

  it('adds the time when a phase ends during the day', () => {
    expect(formatUntil('2026-01-25T14:00:00.000Z', 'fi')).toMatch(/^25\.1\. klo 16\.00$/);
  });

  it('shows the start day in Helsinki even when it is still the day before in UTC', () => {
    expect(formatStart('2026-01-18T22:00:00.000Z', 'fi')).toBe('19.1.');
  });
});
