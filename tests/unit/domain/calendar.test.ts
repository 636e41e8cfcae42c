import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type HolidayCalendar,
  isBusinessDay,
  isPublicHoliday,
  namedPublicHolidays,
  nextBusinessDay,
  publicHolidays,
  uncoveredYears,
} from '../../../src/domain/calendar.ts';
import { easterSunday } from '../../../src/domain/holidays/easter.ts';
import { calendar } from './calendars.ts';

const d = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);
const dates = (year: number, country: string): string[] => publicHolidays(year, calendar(country)).map(String);

describe('Easter and the feasts that follow it', () => {
  it.each([
    [2025, '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('%i: Easter %s, Easter Monday %s, Ascension %s, Whit Monday %s', (year, easter, monday, ascension, whit) => {
    expect(easterSunday(year).toString()).toBe(easter);
    for (const day of [monday, ascension, whit]) expect(isPublicHoliday(d(day), calendar('FR'))).toBe(true);
    expect(isPublicHoliday(d(easter), calendar('FR'))).toBe(false); // a Sunday, not in L3133-1
  });

  it('knows the extreme dates of the Gregorian cycle', () => {
    expect(easterSunday(2285).toString()).toBe('2285-03-22');
    expect(easterSunday(2038).toString()).toBe('2038-04-25');
    expect(easterSunday(2000).toString()).toBe('2000-04-23');
  });
});

describe('French public holidays (Code du travail L3133-1)', () => {
  it('lists all eleven of 2026, in date order', () => {
    expect(dates(2026, 'FR')).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('names them', () => {
    expect(namedPublicHolidays(2026, calendar('FR'))[6]).toEqual({ date: d('2026-07-14'), name: 'Bastille Day' });
  });
});

describe('business days', () => {
  it('excludes weekends and holidays', () => {
    expect(isBusinessDay(d('2026-04-03'), calendar('FR'))).toBe(true); // Good Friday: a working day in France
    expect(isBusinessDay(d('2026-04-03'), calendar('DE'))).toBe(false); // Karfreitag
    expect(isBusinessDay(d('2026-04-04'), calendar('FR'))).toBe(false); // Saturday
    expect(isBusinessDay(d('2026-04-06'), calendar('FR'))).toBe(false); // Easter Monday
    expect(isBusinessDay(d('2026-04-07'), calendar('FR'))).toBe(true);
    expect(isBusinessDay(d('2026-07-14'), calendar('FR'))).toBe(false);
    expect(isBusinessDay(d('2026-07-14'), calendar('GB'))).toBe(true);
  });

  it('finds the next business day, strictly after', () => {
    expect(nextBusinessDay(d('2026-04-03'), calendar('FR')).toString()).toBe('2026-04-07'); // Fri → Tue after Easter Monday
    expect(nextBusinessDay(d('2026-05-13'), calendar('FR')).toString()).toBe('2026-05-15'); // skips Ascension Thursday
    expect(nextBusinessDay(d('2026-12-24'), calendar('FR')).toString()).toBe('2026-12-28'); // Christmas Fri, weekend
    expect(nextBusinessDay(d('2026-03-20'), calendar('TN')).toString()).toBe('2026-03-23'); // Independence Day is a Friday
  });
});

describe('other countries', () => {
  it('GB moves weekend bank holidays to substitute weekdays', () => {
    // 2027: Christmas is a Saturday, Boxing Day a Sunday → Mon 27 and Tue 28 December.
    expect(dates(2027, 'GB')).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-25',
      '2027-12-26',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('NL moves King’s Day to 26 April when 27 April is a Sunday', () => {
    expect(isPublicHoliday(d('2025-04-26'), calendar('NL'))).toBe(true);
    expect(isPublicHoliday(d('2025-04-27'), calendar('NL'))).toBe(false);
    expect(isPublicHoliday(d('2026-04-27'), calendar('NL'))).toBe(true);
  });

  it('IE: St Brigid’s Day is the first Monday of February, or 1 February when a Friday', () => {
    expect(isPublicHoliday(d('2026-02-02'), calendar('IE'))).toBe(true);
    expect(isPublicHoliday(d('2030-02-01'), calendar('IE'))).toBe(true); // a Friday
    expect(isPublicHoliday(d('2026-10-26'), calendar('IE'))).toBe(true); // last Monday of October
  });

  it('CA: Victoria Day is the Monday on or before 24 May', () => {
    expect(isPublicHoliday(d('2026-05-18'), calendar('CA'))).toBe(true);
    expect(isPublicHoliday(d('2027-05-24'), calendar('CA'))).toBe(true);
    expect(isPublicHoliday(d('2026-10-12'), calendar('CA'))).toBe(true); // Thanksgiving, 2nd Monday
  });

  it('TN: the civil holidays and, from the dated table, the Islamic ones (expected dates); PL and IT follow recent laws', () => {
    // Eid al-Fitr 1447 is expected on Friday 20 March 2026, Independence Day: one holiday, both names.
    expect(dates(2026, 'TN')).toEqual([
      '2026-01-01',
      '2026-03-20',
      '2026-03-21',
      '2026-04-09',
      '2026-05-01',
      '2026-05-27',
      '2026-05-28',
      '2026-06-16',
      '2026-07-25',
      '2026-08-13',
      '2026-08-25',
      '2026-10-15',
      '2026-12-17',
    ]);
    expect(namedPublicHolidays(2026, calendar('TN'))[1]?.name).toBe('Independence Day / Eid al-Fitr (Aïd el-Fitr)');
    expect(namedPublicHolidays(2026, calendar('TN'))[2]).toEqual({
      date: d('2026-03-21'),
      name: 'Eid al-Fitr (Aïd el-Fitr) (day 2)',
      estimated: true,
    });
    expect(isPublicHoliday(d('2020-01-14'), calendar('TN'))).toBe(true);
    expect(isPublicHoliday(d('2026-04-04'), calendar('SN'))).toBe(true);
    expect(isPublicHoliday(d('2026-12-24'), calendar('PL'))).toBe(true);
    expect(isPublicHoliday(d('2024-12-24'), calendar('PL'))).toBe(false);
    expect(isPublicHoliday(d('2026-10-04'), calendar('IT'))).toBe(true);
    expect(isPublicHoliday(d('2026-06-04'), calendar('PT'))).toBe(true); // Corpus Christi
    expect(isPublicHoliday(d('2026-10-12'), calendar('ES'))).toBe(true);
  });
});

describe('dated tables (Islamic holidays, expected dates)', () => {
  it('SN: Korité, Tabaski, Tamkharit and Maouloud of 2026, one day each', () => {
    const names = namedPublicHolidays(2026, calendar('SN'))
      .filter((holiday) => holiday.estimated === true)
      .map((holiday) => `${String(holiday.date)} ${holiday.name}`);
    expect(names).toEqual([
      '2026-03-20 Korité (Eid al-Fitr)',
      '2026-05-27 Tabaski (Eid al-Adha)',
      '2026-06-25 Tamkharit (Ashura)',
      "2026-08-25 Maouloud (Mawlid, the Prophet's birthday)",
    ]);
  });

  it('MA: two days of Eid al-Adha, so the next business day after Tuesday 26 May 2026 is Friday 29', () => {
    // Eid al-Adha 1447 expected Wed 27 and Thu 28 May 2026: from Tue 26 the next business day is Fri 29.
    expect(nextBusinessDay(d('2026-05-26'), calendar('MA')).toString()).toBe('2026-05-29');
    expect(isBusinessDay(d('2026-08-26'), calendar('MA'))).toBe(false); // Mawlid, day 2
  });

  it('covers 2024 to 2030; outside, only the rule-based holidays remain, and the years are reported', () => {
    expect(calendar('TN').datedYears).toEqual({ from: 2024, to: 2030 });
    expect(dates(2031, 'TN')).toEqual(['2031-01-01', '2031-03-20', '2031-04-09', '2031-05-01', '2031-07-25', '2031-08-13', '2031-10-15', '2031-12-17']);
    expect(uncoveredYears(calendar('TN'), 2029, 2032)).toEqual([2031, 2032]);
    expect(uncoveredYears(calendar('TN'), 2024, 2030)).toEqual([]);
    expect(uncoveredYears(calendar('FR'), 1990, 2090)).toEqual([]); // no dated table
  });
});

describe('a calendar is data: any weekend, any rule', () => {
  const custom: HolidayCalendar = {
    name: 'XX',
    weekend: [5, 6], // Friday and Saturday
    rules: [
      { kind: 'fixed', month: 12, day: 31, name: 'Year end', span: 2 },
      { kind: 'dated', dates: ['2026-06-07'], name: 'One-off day' },
    ],
  };

  it('counts its own weekend and its spans, even across the new year', () => {
    expect(isBusinessDay(d('2026-06-05'), custom)).toBe(false); // a Friday
    expect(isBusinessDay(d('2026-06-07'), custom)).toBe(false); // Sunday, listed
    expect(isBusinessDay(d('2026-06-08'), custom)).toBe(true);
    // 31 December 2026 is a Thursday, its second day 1 January 2027 a Friday (weekend anyway).
    expect(dates2(2027, custom)).toEqual(['2027-01-01 Year end (day 2)', '2027-12-31 Year end']);
    expect(nextBusinessDay(d('2026-12-30'), custom).toString()).toBe('2027-01-03');
  });
});

function dates2(year: number, cal: HolidayCalendar): string[] {
  return namedPublicHolidays(year, cal).map((holiday) => `${String(holiday.date)} ${holiday.name}`);
}
