import { describe, expect, it } from 'vitest';
import { endOfHelsinkiDay, helsinkiDate, startOfHelsinkiDay } from './helsinki-time.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('Helsinki local time', () => {
  it('finds the Helsinki date of an instant in winter and in summer', () => {
    expect(helsinkiDate(at('2026-01-18T21:59:59.999Z'))).toBe('2026-01-18');
    expect(helsinkiDate(at('2026-01-18T22:00:00.000Z'))).toBe('2026-01-19');
    expect(helsinkiDate(at('2026-06-18T20:59:59.999Z'))).toBe('2026-06-18');
    expect(helsinkiDate(at('2026-06-18T21:00:00.000Z'))).toBe('2026-06-19');
  });

  it('starts days at local midnight, UTC+2 in winter and UTC+3 in summer', () => {
    expect(startOfHelsinkiDay('2026-01-19')).toBe(at('2026-01-19T00:00+02:00'));
    expect(startOfHelsinkiDay('2026-06-19')).toBe(at('2026-06-19T00:00+03:00'));
    expect(startOfHelsinkiDay('2026-03-30')).toBe(at('2026-03-30T00:00+03:00'));
    expect(startOfHelsinkiDay('2026-10-26')).toBe(at('2026-10-26T00:00+02:00'));
  });

  it('makes the spring-forward Sunday 23 hours and the fall-back Sunday 25 hours long', () => {
    expect(endOfHelsinkiDay('2026-03-29') - startOfHelsinkiDay('2026-03-29')).toBe(23 * HOUR);
    expect(endOfHelsinkiDay('2026-10-25') - startOfHelsinkiDay('2026-10-25')).toBe(25 * HOUR);
    expect(endOfHelsinkiDay('2026-03-30') - startOfHelsinkiDay('2026-03-30')).toBe(24 * HOUR);
  });

  it('stays on the same date through the clock changes', () => {
    // 03:00 EET becomes 04:00 EEST at 01:00 UTC; 04:00 EEST becomes 03:00 EET at 01:00 UTC.
    expect(helsinkiDate(at('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29');
    expect(helsinkiDate(at('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29');
    expect(helsinkiDate(at('2026-03-29T20:59:59.999Z'))).toBe('2026-03-29');
    expect(helsinkiDate(at('2026-03-29T21:00:00.000Z'))).toBe('2026-03-30');
    expect(helsinkiDate(at('2026-10-25T00:30:00.000Z'))).toBe('2026-10-25');
    expect(helsinkiDate(at('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25');
    expect(helsinkiDate(at('2026-10-25T21:59:59.999Z'))).toBe('2026-10-25');
    expect(helsinkiDate(at('2026-10-25T22:00:00.000Z'))).toBe('2026-10-26');
  });

  it('refuses a time that is not a finite number', () => {
    expect(() => helsinkiDate(Number.NaN)).toThrow(RangeError);
  });
});
