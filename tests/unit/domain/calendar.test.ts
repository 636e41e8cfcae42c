import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  isBusinessDay,
  isPublicHoliday,
  namedPublicHolidays,
  nextBusinessDay,
  publicHolidays,
} from '../../../src/domain/calendar.ts';
import { easterSunday } from '../../../src/domain/holidays/easter.ts';

const d = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);
const dates = (year: number, country: string): string[] => publicHolidays(year, country).map(String);

describe('Easter and the feasts that follow it', () => {
  it.each([
    [2025, '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('%i: Easter %s, Easter Monday %s, Ascension %s, Whit Monday %s', (year, easter, monday, ascension, whit) => {
    expect(easterSunday(year).toString()).toBe(easter);
    for (const day of [monday, ascension, whit]) expect(isPublicHoliday(d(day), 'FR')).toBe(true);
    expect(isPublicHoliday(d(easter), 'FR')).toBe(false); // a Sunday, not in L3133-1
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
    expect(namedPublicHolidays(2026, 'FR')[6]).toEqual({ date: d('2026-07-14'), name: 'Bastille Day' });
  });
});

describe('business days', () => {
  it('excludes weekends and holidays', () => {
    expect(isBusinessDay(d('2026-04-03'), 'FR')).toBe(true); // Good Friday: a working day in France
    expect(isBusinessDay(d('2026-04-03'), 'DE')).toBe(false); // Karfreitag
    expect(isBusinessDay(d('2026-04-04'), 'FR')).toBe(false); // Saturday
    expect(isBusinessDay(d('2026-04-06'), 'FR')).toBe(false); // Easter Monday
    expect(isBusinessDay(d('2026-04-07'), 'FR')).toBe(true);
    expect(isBusinessDay(d('2026-07-14'), 'FR')).toBe(false);
    expect(isBusinessDay(d('2026-07-14'), 'GB')).toBe(true);
  });

  it('finds the next business day, strictly after', () => {
    expect(nextBusinessDay(d('2026-04-03'), 'FR').toString()).toBe('2026-04-07'); // Fri → Tue after Easter Monday
    expect(nextBusinessDay(d('2026-05-13'), 'FR').toString()).toBe('2026-05-15'); // skips Ascension Thursday
    expect(nextBusinessDay(d('2026-12-24'), 'FR').toString()).toBe('2026-12-28'); // Christmas Fri, weekend
    expect(nextBusinessDay(d('2026-03-20'), 'TN').toString()).toBe('2026-03-23'); // Independence Day is a Friday
  });

  it('throws a clear error for an unknown country', () => {
    expect(() => isBusinessDay(d('2026-01-02'), 'ZZ')).toThrow(
      /no public holiday calendar for country "ZZ"; known countries: CA, DE/,
    );
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
    expect(isPublicHoliday(d('2025-04-26'), 'NL')).toBe(true);
    expect(isPublicHoliday(d('2025-04-27'), 'NL')).toBe(false);
    expect(isPublicHoliday(d('2026-04-27'), 'NL')).toBe(true);
  });

  it('IE: St Brigid’s Day is the first Monday of February, or 1 February when a Friday', () => {
    expect(isPublicHoliday(d('2026-02-02'), 'IE')).toBe(true);
    expect(isPublicHoliday(d('2030-02-01'), 'IE')).toBe(true); // a Friday
    expect(isPublicHoliday(d('2026-10-26'), 'IE')).toBe(true); // last Monday of October
  });

  it('CA: Victoria Day is the Monday on or before 24 May', () => {
    expect(isPublicHoliday(d('2026-05-18'), 'CA')).toBe(true);
    expect(isPublicHoliday(d('2027-05-24'), 'CA')).toBe(true);
    expect(isPublicHoliday(d('2026-10-12'), 'CA')).toBe(true); // Thanksgiving, 2nd Monday
  });

  it('TN and SN keep only Gregorian holidays; PL and IT follow recent laws', () => {
    expect(dates(2026, 'TN')).toEqual([
      '2026-01-01',
      '2026-03-20',
      '2026-04-09',
      '2026-05-01',
      '2026-07-25',
      '2026-08-13',
      '2026-10-15',
      '2026-12-17',
    ]);
    expect(isPublicHoliday(d('2020-01-14'), 'TN')).toBe(true);
    expect(isPublicHoliday(d('2026-04-04'), 'SN')).toBe(true);
    expect(isPublicHoliday(d('2026-12-24'), 'PL')).toBe(true);
    expect(isPublicHoliday(d('2024-12-24'), 'PL')).toBe(false);
    expect(isPublicHoliday(d('2026-10-04'), 'IT')).toBe(true);
    expect(isPublicHoliday(d('2026-06-04'), 'PT')).toBe(true); // Corpus Christi
    expect(isPublicHoliday(d('2026-10-12'), 'ES')).toBe(true);
  });
});
