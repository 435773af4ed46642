import type { Lang } from '../languages.js';
import { addDays, isoWeekday, nextWeekdayOnOrAfter, yearOf, ymd, type Ymd } from './calendar-date.js';
import { easterSunday } from './easter.js';

export interface FinnishHoliday {
  date: Ymd;
  name: Record<Lang, string>;
}

const FRIDAY = 5;
const SATURDAY = 6;

/**
 * The days on which Finnish offices are closed in `year`: the public holidays plus Midsummer Eve and
 * Christmas Eve, which are customary days off. Today's rules (in force since 1991) are applied to
 * every year, sorted by date.
 */
export function finnishHolidays(year: number): FinnishHoliday[] {
  const easter = easterSunday(year);
  const holidays: FinnishHoliday[] = [
    { date: ymd(year, 1, 1), name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: 'New Year’s Day' } },
    { date: ymd(year, 1, 6), name: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' } },
    { date: addDays(easter, -2), name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' } },
    { date: easter, name: { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' } },
    { date: addDays(easter, 1), name: { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' } },
    { date: ymd(year, 5, 1), name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
    {
      date: addDays(easter, 39),
      name: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
    },
    { date: addDays(easter, 49), name: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' } },
    {
      date: nextWeekdayOnOrAfter(ymd(year, 6, 19), FRIDAY),
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
    },
    {
      date: nextWeekdayOnOrAfter(ymd(year, 6, 20), SATURDAY),
      name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
    },
    {
      date: nextWeekdayOnOrAfter(ymd(year, 10, 31), SATURDAY),
      name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: 'All Saints’ Day' },
    },
    {
      date: ymd(year, 12, 6),
      name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
    },
    { date: ymd(year, 12, 24), name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } },
    { date: ymd(year, 12, 25), name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' } },
    { date: ymd(year, 12, 26), name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: 'St Stephen’s Day' } },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// The working-hours clock asks about the same few years over and over.
const holidayDatesByYear = new Map<number, ReadonlySet<Ymd>>();

function holidayDates(year: number): ReadonlySet<Ymd> {
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Set(finnishHolidays(year).map((holiday) => holiday.date));
    holidayDatesByYear.set(year, dates);
  }
  return dates;
}

/** Monday to Friday and not a Finnish holiday. */
export function isFinnishWorkingDay(date: Ymd): boolean {
  return isoWeekday(date) <= FRIDAY && !holidayDates(yearOf(date)).has(date);
}
