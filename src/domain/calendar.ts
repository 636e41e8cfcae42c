/**
 * Public holidays and business days (jours ouvrés: the calendar's working weekdays minus its
 * public holidays), computed from a holiday calendar given as data (`holidays/rule.ts` for its
 * shape, `data/holidays.yaml` for the calendars). Pure: no clock, no file.
 */
import { Temporal } from 'temporal-polyfill';
import { easterSunday } from './holidays/easter.ts';
import type { HolidayCalendar, HolidayRule } from './holidays/rule.ts';

export type { HolidayCalendar, HolidayRule, Weekday } from './holidays/rule.ts';

export interface PublicHoliday {
  readonly date: Temporal.PlainDate;
  /** The rule's name; a substitute day reads "… (substitute day)", a span's later days "… (day 2)". */
  readonly name: string;
  /** True when the date is an expected one (a dated table marked `estimated`). */
  readonly estimated?: true;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): Temporal.PlainDate {
  if (n > 0) {
    const first = Temporal.PlainDate.from({ year, month, day: 1 });
    return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
  }
  const last = Temporal.PlainDate.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  return last.subtract({ days: ((last.dayOfWeek - weekday + 7) % 7) + 7 * (-n - 1) });
}

/** The first day of each occurrence of the rule in `year`. */
function datesOf(rule: HolidayRule, year: number): readonly Temporal.PlainDate[] {
  switch (rule.kind) {
    case 'fixed': {
      const date = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      return [date.dayOfWeek === 7 && rule.sundayShift !== undefined ? date.add({ days: rule.sundayShift }) : date];
    }
    case 'easter':
      return [easterSunday(year).add({ days: rule.offset })];
    case 'nthWeekday': {
      const { unless } = rule;
      if (unless !== undefined) {
        const anchor = Temporal.PlainDate.from({ year, month: unless.month, day: unless.day });
        if (anchor.dayOfWeek === unless.weekday) return [anchor];
      }
      return [nthWeekday(year, rule.month, rule.weekday, rule.n)];
    }
    case 'weekdayOnOrBefore': {
      const anchor = Temporal.PlainDate.from({ year, month: rule.month, day: rule.day });
      return [anchor.subtract({ days: (anchor.dayOfWeek - rule.weekday + 7) % 7 })];
    }
    case 'dated':
      return rule.dates.filter((date) => date.startsWith(`${String(year)}-`)).map((date) => Temporal.PlainDate.from(date));
  }
}

const applies = (rule: HolidayRule, year: number): boolean =>
  (rule.since === undefined || year >= rule.since) && (rule.until === undefined || year <= rule.until);

/** Every day of the rule's occurrences starting in `year` (a span may run into the next year). */
function daysOf(rule: HolidayRule, year: number): { date: Temporal.PlainDate; name: string }[] {
  if (!applies(rule, year)) return [];
  const span = rule.span ?? 1;
  return datesOf(rule, year).flatMap((first) =>
    Array.from({ length: span }, (_, k) => ({
      date: first.add({ days: k }),
      name: k === 0 ? rule.name : `${rule.name} (day ${k + 1})`,
    })),
  );
}

export function isWeekend(date: Temporal.PlainDate, calendar: HolidayCalendar): boolean {
  return calendar.weekend.includes(date.dayOfWeek as HolidayCalendar['weekend'][number]);
}

function computeHolidays(year: number, calendar: HolidayCalendar): readonly PublicHoliday[] {
  const days = calendar.rules.flatMap((rule) =>
    [year - 1, year].flatMap((start) => daysOf(rule, start).map((day) => ({ ...day, rule }))),
  );
  const inYear = days.filter((day) => day.date.year === year);
  inYear.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
  // Two rules on one day (Eid al-Fitr on Independence Day) make one holiday with both names.
  const byDate = new Map<string, PublicHoliday>();
  for (const { date, name, rule } of inYear) {
    const key = date.toString();
    const known = byDate.get(key);
    const estimated = rule.estimated === true ? ({ estimated: true } as const) : {};
    byDate.set(key, known === undefined ? { date, name, ...estimated } : { ...known, name: `${known.name} / ${name}` });
  }
  const result = [...byDate.values()];
  const taken = new Set(byDate.keys());
  for (const { date, name, rule } of inYear) {
    if (rule.substitute !== true || !isWeekend(date, calendar)) continue;
    let substitute = date.add({ days: 1 });
    while (isWeekend(substitute, calendar) || taken.has(substitute.toString())) substitute = substitute.add({ days: 1 });
    taken.add(substitute.toString());
    if (substitute.year === year) result.push({ date: substitute, name: `${name} (substitute day)` });
  }
  return result.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
}

const cache = new WeakMap<HolidayCalendar, Map<number, readonly PublicHoliday[]>>();

/** The named public holidays of a year, sorted by date. */
export function namedPublicHolidays(year: number, calendar: HolidayCalendar): readonly PublicHoliday[] {
  let years = cache.get(calendar);
  if (years === undefined) {
    years = new Map();
    cache.set(calendar, years);
  }
  let holidays = years.get(year);
  if (holidays === undefined) {
    holidays = computeHolidays(year, calendar);
    years.set(year, holidays);
  }
  return holidays;
}

/** The public holiday dates of a year, sorted. */
export function publicHolidays(year: number, calendar: HolidayCalendar): Temporal.PlainDate[] {
  return namedPublicHolidays(year, calendar).map((holiday) => holiday.date);
}

/** A day as one number (20260714), to look it up without comparing Temporal objects. */
const dayNumber = (date: Temporal.PlainDate): number => date.year * 10_000 + date.month * 100 + date.day;

const holidayDays = new WeakMap<readonly PublicHoliday[], ReadonlySet<number>>();

export function isPublicHoliday(date: Temporal.PlainDate, calendar: HolidayCalendar): boolean {
  const holidays = namedPublicHolidays(date.year, calendar);
  let days = holidayDays.get(holidays);
  if (days === undefined) {
    days = new Set(holidays.map((holiday) => dayNumber(holiday.date)));
    holidayDays.set(holidays, days);
  }
  return days.has(dayNumber(date));
}

/** A working weekday that is not a public holiday. */
export function isBusinessDay(date: Temporal.PlainDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date, calendar) && !isPublicHoliday(date, calendar);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: Temporal.PlainDate, calendar: HolidayCalendar): Temporal.PlainDate {
  let next = date.add({ days: 1 });
  while (!isBusinessDay(next, calendar)) next = next.add({ days: 1 });
  return next;
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: Temporal.PlainDate, calendar: HolidayCalendar): Temporal.PlainDate {
  return isBusinessDay(date, calendar) ? date : nextBusinessDay(date, calendar);
}

/** The years from `from` to `to` (inclusive) that the calendar's dated tables do not cover. */
export function uncoveredYears(calendar: HolidayCalendar, from: number, to: number): number[] {
  const covered = calendar.datedYears;
  if (covered === undefined) return [];
  const years: number[] = [];
  for (let year = from; year <= to; year++) if (year < covered.from || year > covered.to) years.push(year);
  return years;
}
