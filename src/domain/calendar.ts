/**
 * Public holidays and business days (jours ouvrés: Monday–Friday minus public holidays),
 * computed from the data-driven rules in `holidays/rules.ts`. Pure: no clock.
 */
import { Temporal } from 'temporal-polyfill';
import { easterSunday } from './holidays/easter.ts';
import { HOLIDAY_RULES, type HolidayRule } from './holidays/rules.ts';

export interface PublicHoliday {
  readonly date: Temporal.PlainDate;
  /** English name; substitute days read "… (substitute day)". */
  readonly name: string;
}

export class UnknownHolidayCountryError extends Error {
  override readonly name = 'UnknownHolidayCountryError';
}

/** Countries that have a holiday calendar, for validating reference data. */
export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(HOLIDAY_RULES).sort();

export function hasHolidayCalendar(country: string): boolean {
  return Object.hasOwn(HOLIDAY_RULES, country);
}

function rulesOf(country: string): readonly HolidayRule[] {
  const rules = hasHolidayCalendar(country) ? HOLIDAY_RULES[country] : undefined;
  if (rules === undefined) {
    throw new UnknownHolidayCountryError(
      `no public holiday calendar for country "${country}"; known countries: ${HOLIDAY_COUNTRIES.join(', ')}` +
        ' (hint: add its rules to src/domain/holidays/rules.ts)',
    );
  }
  return rules;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): Temporal.PlainDate {
  if (n > 0) {
    const first = Temporal.PlainDate.from({ year, month, day: 1 });
    return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
  }
  const last = Temporal.PlainDate.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  return last.subtract({ days: ((last.dayOfWeek - weekday + 7) % 7) + 7 * (-n - 1) });
}

function dateOf(rule: HolidayRule, year: number): Temporal.PlainDate {
  switch (rule.kind) {
    case 'fixed': {
      const date = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      return date.dayOfWeek === 7 && rule.sundayShift !== undefined ? date.add({ days: rule.sundayShift }) : date;
    }
    case 'easter':
      return easterSunday(year).add({ days: rule.offset });
    case 'nthWeekday':
      return nthWeekday(year, rule.month, rule.weekday, rule.n);
    case 'weekdayOnOrBefore': {
      const anchor = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      return anchor.subtract({ days: (anchor.dayOfWeek - rule.weekday + 7) % 7 });
    }
    case 'firstWeekdayUnless': {
      const anchor = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      return anchor.dayOfWeek === rule.unlessWeekday ? anchor : nthWeekday(year, rule.month, rule.weekday, 1);
    }
  }
}

const isWeekend = (date: Temporal.PlainDate): boolean => date.dayOfWeek >= 6;

function computeHolidays(year: number, country: string): readonly PublicHoliday[] {
  const applicable = rulesOf(country).filter(
    (rule) => (rule.since === undefined || year >= rule.since) && (rule.until === undefined || year <= rule.until),
  );
  const holidays = applicable.map((rule) => ({ rule, date: dateOf(rule, year) }));
  holidays.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
  const taken = new Set(holidays.map((h) => h.date.toString()));
  const result: PublicHoliday[] = holidays.map(({ rule, date }) => ({ date, name: rule.name }));
  for (const { rule, date } of holidays) {
    if (rule.substitute !== true || !isWeekend(date)) continue;
    let substitute = date.add({ days: 1 });
    while (isWeekend(substitute) || taken.has(substitute.toString())) substitute = substitute.add({ days: 1 });
    taken.add(substitute.toString());
    result.push({ date: substitute, name: `${rule.name} (substitute day)` });
  }
  return result.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
}

const cache = new Map<string, readonly PublicHoliday[]>();

/** The named public holidays of a year, sorted by date. Throws for an unknown country. */
export function namedPublicHolidays(year: number, country: string): readonly PublicHoliday[] {
  const key = `${country}:${year}`;
  let holidays = cache.get(key);
  if (holidays === undefined) {
    holidays = computeHolidays(year, country);
    cache.set(key, holidays);
  }
  return holidays;
}

/** The public holiday dates of a year, sorted. Throws for an unknown country. */
export function publicHolidays(year: number, country: string): Temporal.PlainDate[] {
  return namedPublicHolidays(year, country).map((holiday) => holiday.date);
}

export function isPublicHoliday(date: Temporal.PlainDate, country: string): boolean {
  return namedPublicHolidays(date.year, country).some((holiday) => holiday.date.equals(date));
}

/** Monday to Friday and not a public holiday. */
export function isBusinessDay(date: Temporal.PlainDate, country: string): boolean {
  return !isWeekend(date) && !isPublicHoliday(date, country);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: Temporal.PlainDate, country: string): Temporal.PlainDate {
  let next = date.add({ days: 1 });
  while (!isBusinessDay(next, country)) next = next.add({ days: 1 });
  return next;
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: Temporal.PlainDate, country: string): Temporal.PlainDate {
  return isBusinessDay(date, country) ? date : nextBusinessDay(date, country);
}
