import { describe, expect, it } from 'vitest';
import { formatHours, formatShare, hoursOverdue, workingAge } from './working-hours';

describe('working hours', () => {
  it('shows an age under an hour as such, and whole hours otherwise', () => {
    expect(workingAge(0)).toEqual({ kind: 'underHour' });
    expect(workingAge(0.99)).toEqual({ kind: 'underHour' });
    expect(workingAge(1)).toEqual({ kind: 'hours', hours: 1 });
    expect(workingAge(23.9)).toEqual({ kind: 'hours', hours: 23 });
    expect(workingAge(undefined)).toEqual({ kind: 'underHour' });
    expect(workingAge(-3)).toEqual({ kind: 'underHour' });
  });

  it('counts hours past the 24-hour target, at least one once past it', () => {
    expect(hoursOverdue(24)).toBe(0);
    expect(hoursOverdue(24.2)).toBe(1);
    expect(hoursOverdue(30.5)).toBe(6);
    expect(hoursOverdue(10, 8)).toBe(2);
  });

  it('formats hours and shares in the interface’s locale', () => {
    expect(formatHours(3.46, 'fi-FI')).toBe('3,5');
    expect(formatHours(3.46, 'en-GB')).toBe('3.5');
    expect(formatHours(26.7, 'sv-FI')).toBe('27');
    expect(formatShare(0.874, 'en-GB')).toBe('87%');
    expect(formatShare(0.874, 'fi-FI').replace(/\s/g, ' ')).toBe('87 %');
  });
});
