import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.js';
import { finnishHolidays, isFinnishWorkingDay } from './finnish-holidays.js';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2019, '2019-04-21'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    // The earliest and the latest possible dates, 22 March and 25 April.
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years before the Gregorian calendar and non-integers', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('finnishHolidays', () => {
  it('lists every 2026 holiday in date order', () => {
    expect(finnishHolidays(2026).map((h) => [h.date, h.name.en])).toEqual([
      ['2026-01-01', 'New Year’s Day'],
      ['2026-01-06', 'Epiphany'],
      ['2026-04-03', 'Good Friday'],
      ['2026-04-05', 'Easter Sunday'],
      ['2026-04-06', 'Easter Monday'],
      ['2026-05-01', 'May Day'],
      ['2026-05-14', 'Ascension Day'],
      ['2026-05-24', 'Whit Sunday'],
      ['2026-06-19', 'Midsummer Eve'],
      ['2026-06-20', 'Midsummer Day'],
      ['2026-10-31', 'All Saints’ Day'],
      ['2026-12-06', 'Independence Day'],
      ['2026-12-24', 'Christmas Eve'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-26', 'St Stephen’s Day'],
    ]);
  });

  it('names every holiday in Finnish, Swedish and English', () => {
    const midsummerEve = finnishHolidays(2026).find((h) => h.date === '2026-06-19');
    expect(midsummerEve?.name).toEqual({ fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' });
    for (const holiday of finnishHolidays(2025)) {
      expect(holiday.name.fi && holiday.name.sv && holiday.name.en).toBeTruthy();
    }
  });

  it.each([
    // year, Good Friday, Ascension, Whit Sunday, Midsummer Eve, Midsummer Day, All Saints' Day
    [2024, '2024-03-29', '2024-05-09', '2024-05-19', '2024-06-21', '2024-06-22', '2024-11-02'],
    [2025, '2025-04-18', '2025-05-29', '2025-06-08', '2025-06-20', '2025-06-21', '2025-11-01'],
    [2026, '2026-04-03', '2026-05-14', '2026-05-24', '2026-06-19', '2026-06-20', '2026-10-31'],
    // 2027 puts Midsummer and All Saints' Day on the last days of their windows.
    [2027, '2027-03-26', '2027-05-06', '2027-05-16', '2027-06-25', '2027-06-26', '2027-11-06'],
  ])('places the moving holidays of %i', (year, ...dates) => {
    const byName = new Map(finnishHolidays(year).map((h) => [h.name.en, h.date]));
    expect([
      byName.get('Good Friday'),
      byName.get('Ascension Day'),
      byName.get('Whit Sunday'),
      byName.get('Midsummer Eve'),
      byName.get('Midsummer Day'),
      byName.get('All Saints’ Day'),
    ]).toEqual(dates);
  });

  it('keeps the moving holidays on their weekdays and in their windows for many years', () => {
    for (let year = 1991; year <= 2100; year += 1) {
      const byName = new Map(finnishHolidays(year).map((h) => [h.name.en, new Date(`${h.date}T00:00Z`)]));
      const eve = byName.get('Midsummer Eve')!;
      const day = byName.get('Midsummer Day')!;
      const saints = byName.get('All Saints’ Day')!;
      expect(eve.getUTCDay()).toBe(5);
      expect(eve.getUTCMonth() === 5 && eve.getUTCDate() >= 19 && eve.getUTCDate() <= 25).toBe(true);
      expect(day.getTime() - eve.getTime()).toBe(86_400_000);
      expect(saints.getUTCDay()).toBe(6);
      const saintsDay = saints.getUTCMonth() === 9 ? saints.getUTCDate() - 31 : saints.getUTCDate();
      expect(saintsDay >= 0 && saintsDay <= 6).toBe(true);
      expect(byName.get('Ascension Day')!.getUTCDay()).toBe(4);
      expect(byName.get('Good Friday')!.getUTCDay()).toBe(5);
      expect(byName.get('Easter Monday')!.getUTCDay()).toBe(1);
      expect(byName.get('Whit Sunday')!.getUTCDay()).toBe(0);
    }
  });
});

describe('isFinnishWorkingDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isFinnishWorkingDay('2026-01-19')).toBe(true);
    expect(isFinnishWorkingDay('2026-01-23')).toBe(true);
  });

  it('is false on weekends', () => {
    expect(isFinnishWorkingDay('2026-01-24')).toBe(false);
    expect(isFinnishWorkingDay('2026-01-25')).toBe(false);
  });

  it('is false on holidays that fall on weekdays', () => {
    for (const date of [
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19',
      '2026-12-24',
      '2026-12-25',
      '2027-12-06',
    ]) {
      expect(isFinnishWorkingDay(date), date).toBe(false);
    }
  });

  it('is true on the weekdays around Easter and Christmas', () => {
    expect(isFinnishWorkingDay('2026-04-02')).toBe(true);
    expect(isFinnishWorkingDay('2026-04-07')).toBe(true);
    expect(isFinnishWorkingDay('2026-12-23')).toBe(true);
    expect(isFinnishWorkingDay('2026-12-28')).toBe(true);
  });

  it('refuses a malformed date', () => {
    expect(() => isFinnishWorkingDay('2026-02-29')).toThrow(RangeError);
    expect(() => isFinnishWorkingDay('19.1.2026')).toThrow(RangeError);
  });
});
