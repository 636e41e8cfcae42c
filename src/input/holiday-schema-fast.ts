/**
 * The holidays file's schema without zod (holiday-schema.ts): a file exactly well formed gives
 * what `holidaySchemas().holidayCalendarsSchema.parse` gives; anything else gives `undefined`
 * and zod decides (plain-checks.ts; tests/unit/input/reference-schema-fast.test.ts compares
 * both on every shipped and test file and on seeded mutations).
 */
import type { HolidayCalendarsInput } from './holiday-schema.ts';
import { GIVE_UP, boolean, integer, list, oneOf, optional, record, strictObject, text, trimmedText } from './plain-checks.ts';

// The patterns both checks share (here, so that holiday-schema.ts imports this module and not the reverse).
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar's name, as a subsidiary's `holidays` gives it: FR, CA-QC, my_calendar. */
export const CALENDAR_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

const weekday = oneOf(WEEKDAYS);
const monthDay = text(0, Infinity, MONTH_DAY);
const year = integer(1970, 9999);

export const calendarNameCheck = text(0, Infinity, CALENDAR_NAME);

export const holidayRuleCheck = strictObject({
  name: trimmedText(1, 100),
  date: optional(monthDay),
  sundayShift: optional(integer(-6, 6)),
  easter: optional(integer(-100, 100)),
  weekday: optional(weekday),
  nth: optional(integer(-5, 5)),
  month: optional(integer(1, 12)),
  unless: optional(strictObject({ date: monthDay, weekday })),
  onOrBefore: optional(monthDay),
  dates: optional(list(text(0, Infinity, ISO_DATE), 1, 400)),
  estimated: optional(boolean),
  span: optional(integer(1, 7)),
  substitute: optional(boolean),
  since: optional(year),
  until: optional(year),
});

const calendarEntry = strictObject({
  source: optional(trimmedText(1, 300)),
  weekend: optional(list(weekday, 0, 6)),
  datedYears: optional(strictObject({ from: year, to: year })),
  days: list(holidayRuleCheck, 0, 200),
});

const calendars = record((name) => CALENDAR_NAME.test(name), calendarEntry);

/** `holidayCalendarsSchema.parse(value)` when the value is exactly well formed; undefined: ask zod. */
export function wellFormedHolidayCalendars(value: unknown): HolidayCalendarsInput | undefined {
  const checked = calendars(value);
  return checked === GIVE_UP ? undefined : (checked as HolidayCalendarsInput);
}
