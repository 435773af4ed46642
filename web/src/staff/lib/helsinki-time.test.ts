import { describe, expect, it } from 'vitest';
import { formatHelsinki, helsinkiInputToIso, isoToHelsinkiInput } from './helsinki-time';

describe('datetime-local fields in Helsinki time', () => {
  it('reads winter times as UTC+2 and summer times as UTC+3', () => {
    expect(helsinkiInputToIso('2026-01-19T00:00')).toBe('2026-01-18T22:00:00.000Z');
    expect(helsinkiInputToIso('2026-06-19T12:30')).toBe('2026-06-19T09:30:00.000Z');
  });

  it('shows instants on the Helsinki clock', () => {
    expect(isoToHelsinkiInput('2026-01-25T22:00:00.000Z')).toBe('2026-01-26T00:00');
    expect(isoToHelsinkiInput('2026-07-01T21:15:00Z')).toBe('2026-07-02T00:15');
    expect(isoToHelsinkiInput(null)).toBe('');
  });

  it('round-trips every hour across both daylight-saving changes of 2026', () => {
    // The second 03:00 of 25.10. (01:00 UTC) reads back as the first one; see below.
    const repeated = '2026-10-25T01:00:00.000Z';
    for (const start of [Date.UTC(2026, 2, 28), Date.UTC(2026, 9, 24)]) {
      for (let ms = start; ms < start + 3 * 86_400_000; ms += 3_600_000) {
        const iso = new Date(ms).toISOString();
        if (iso === repeated) continue;
        expect(helsinkiInputToIso(isoToHelsinkiInput(iso))).toBe(iso);
      }
    }
  });

  it('takes the first of the repeated autumn hour, and moves a skipped spring time forward', () => {
    // 25.10.2026 04:00 EEST becomes 03:00 EET: 03:30 happens twice.
    expect(helsinkiInputToIso('2026-10-25T03:30')).toBe('2026-10-25T00:30:00.000Z');
    // 29.3.2026 03:00 EET becomes 04:00 EEST: 03:30 never happens.
    expect(helsinkiInputToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('leaves an empty field unset and refuses anything else', () => {
    expect(helsinkiInputToIso('')).toBeNull();
    expect(() => helsinkiInputToIso('19.1.2026')).toThrow(RangeError);
  });

  it('formats instants in each language', () => {
    expect(formatHelsinki('2026-01-19T08:05:00Z', 'fi')).toMatch(/^19\.1\.2026 (klo )?10\.05$/);
    expect(formatHelsinki('2026-01-19T08:05:00Z', 'en')).toMatch(/^19\/01\/2026,? 10:05$/);
  });
});
