/**
 * Holiday calendars as data (`data/holidays.yaml`, or a subsidiary's own list in the reference
 * file): each calendar lists its days as rules the engine computes (`src/domain/calendar.ts`).
 * A rule is exactly one of:
 * - `date: "07-14"`: a fixed day (`sundayShift: -1` moves it when on a Sunday);
 * - `easter: 1`: days after Easter Sunday (negative: before);
 * - `weekday: Monday, nth: 1, month: 5`: the n-th weekday of a month (-1: the last), with an
 *   optional `unless: { date: "02-01", weekday: Friday }` (that day instead when it falls so);
 * - `weekday: Monday, onOrBefore: "05-24"`: the last such weekday on or before a day;
 * - `dates: [2026-03-20, …]`: a dated table (lunar holidays), `estimated: true` for expected dates.
 * Any rule may add `since`/`until` (years), `substitute: true` (a weekend day gives the next
 * free working day), `span: 2` (consecutive days). Pure: plain data in, calendars and findings out.
 */
import type { z } from 'zod';
import type { HolidayCalendar, HolidayRule, Weekday } from '../domain/holidays/rule.ts';
import { error, type DocPath, type Finding } from './diagnostic.ts';
import { schemaFindings } from './schema-findings.ts';
import { lazySchema } from './zod-package.ts';
import { daysInMonth } from './days-in-month.ts';
import { CALENDAR_NAME, ISO_DATE, MONTH_DAY, WEEKDAYS, wellFormedHolidayCalendars } from './holiday-schema-fast.ts';

/** The holidays file's schemas, built (and zod loaded) on first call. */
export const holidaySchemas = lazySchema((z) => {
  const weekday = z.enum(WEEKDAYS);
  const monthDay = z.string().regex(MONTH_DAY, 'a month and day such as "07-14"');
  const isoDate = z.string().regex(ISO_DATE, 'a date such as 2026-03-20');
  const year = z.number().int().min(1970).max(9999);

  const calendarName = z.string().regex(CALENDAR_NAME, 'a calendar name such as FR');

  const holidayRuleEntry = z.strictObject({
    name: z.string().trim().min(1).max(100),
    date: monthDay.optional(),
    sundayShift: z.number().int().min(-6).max(6).optional(),
    easter: z.number().int().min(-100).max(100).optional(),
    weekday: weekday.optional(),
    nth: z.number().int().min(-5).max(5).optional(),
    month: z.number().int().min(1).max(12).optional(),
    unless: z.strictObject({ date: monthDay, weekday }).optional(),
    onOrBefore: monthDay.optional(),
    dates: z.array(isoDate).min(1).max(400).optional(),
    estimated: z.boolean().optional(),
    span: z.number().int().min(1).max(7).optional(),
    substitute: z.boolean().optional(),
    since: year.optional(),
    until: year.optional(),
  });

  const calendarEntry = z.strictObject({
    /** The law or official list the days come from. */
    source: z.string().trim().min(1).max(300).optional(),
    /** Days that are not working days; default Saturday and Sunday. */
    weekend: z.array(weekday).max(6).optional(),
    /** Years the dated tables cover; default: from the first to the last year they list. */
    datedYears: z.strictObject({ from: year, to: year }).optional(),
    days: z.array(holidayRuleEntry).max(200),
  });

  return { calendarName, holidayRuleEntry, calendarEntry, holidayCalendarsSchema: z.record(calendarName, calendarEntry) };
});
type Schemas = ReturnType<typeof holidaySchemas>;
type RuleEntry = z.output<Schemas['holidayRuleEntry']>;
type CalendarEntry = z.output<Schemas['calendarEntry']>;
/** A holidays file, as its schema gives it. */
export type HolidayCalendarsInput = z.output<Schemas['holidayCalendarsSchema']>;

export type HolidayCalendars = ReadonlyMap<string, HolidayCalendar>;

const weekdayNumber = (name: (typeof WEEKDAYS)[number]): Weekday => (WEEKDAYS.indexOf(name) + 1) as Weekday;

function monthAndDay(text: string): { month: number; day: number } {
  const [month = 1, day = 1] = text.split('-').map(Number);
  return { month, day };
}

/** "02-30" never exists; "02-29" does in leap years. */
function realMonthDay(text: string): boolean {
  const { month, day } = monthAndDay(text);
  return day <= daysInMonth(2024, month);
}

/**
 * A date of the shape YYYY-MM-DD that exists, as `Temporal.PlainDate.from` decides (its text is
 * then the date's own): computed without its parser, about 4 ms of every command's start.
 */
function realDate(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const KIND_HINT =
  'give exactly one of: date ("07-14"), easter (days after Easter), weekday with nth and month, weekday with onOrBefore, or dates (a dated table)';

type Shape = Pick<RuleEntry, 'date' | 'easter' | 'weekday' | 'nth' | 'month' | 'onOrBefore' | 'dates' | 'unless' | 'sundayShift'>;

/** The rule's own kind, or what is wrong with its keys. */
function kindOf(entry: Shape): { readonly kind: HolidayRule['kind'] } | { readonly problem: string } {
  const problem = problemOf(entry);
  return typeof problem === 'string' ? { problem } : problem;
}

function problemOf(entry: Shape): { readonly kind: HolidayRule['kind'] } | string {
  const kinds: HolidayRule['kind'][] = [];
  if (entry.date !== undefined) kinds.push('fixed');
  if (entry.easter !== undefined) kinds.push('easter');
  if (entry.nth !== undefined || entry.month !== undefined) kinds.push('nthWeekday');
  if (entry.onOrBefore !== undefined) kinds.push('weekdayOnOrBefore');
  if (entry.dates !== undefined) kinds.push('dated');
  const [kind, other] = kinds;
  if (kind === undefined) return 'the rule says no day';
  if (other !== undefined) return 'the rule mixes several kinds of day';
  const needsWeekday = kind === 'nthWeekday' || kind === 'weekdayOnOrBefore';
  if (needsWeekday !== (entry.weekday !== undefined)) return needsWeekday ? 'weekday is missing' : 'weekday does not go with this kind of day';
  if (kind === 'nthWeekday' && (entry.nth === undefined || entry.nth === 0 || entry.month === undefined)) return 'nth (1…5 or -1…-5) and month go together';
  if (entry.unless !== undefined && kind !== 'nthWeekday') return 'unless goes with weekday, nth and month';
  if (entry.sundayShift !== undefined && kind !== 'fixed') return 'sundayShift goes with date';
  return { kind };
}

function toRule(entry: RuleEntry, path: DocPath, findings: Finding[]): HolidayRule | undefined {
  const shape = kindOf(entry);
  const at = path.join('.');
  if ('problem' in shape) {
    findings.push(error('HOLIDAY_RULE_KIND', path, `${at} (${entry.name}): ${shape.problem}`, KIND_HINT));
    return undefined;
  }
  const { kind } = shape;
  for (const [key, text] of [['date', entry.date], ['onOrBefore', entry.onOrBefore], ['unless', entry.unless?.date]] as const) {
    if (text !== undefined && !realMonthDay(text)) {
      findings.push(
        error('HOLIDAY_DATE_INVALID', [...path, key], `${at}.${key}: ${text} is not a day of the year`, 'write an existing month and day, e.g. "12-25"'),
      );
      return undefined;
    }
  }
  const dates: string[] = [];
  for (const [index, text] of (entry.dates ?? []).entries()) {
    if (realDate(text)) dates.push(text);
    else {
      findings.push(
        error('HOLIDAY_DATE_INVALID', [...path, 'dates', index], `${at}.dates.${index}: ${text} is not a date`, 'write an existing date, e.g. 2026-03-20'),
      );
      return undefined;
    }
  }
  const base = {
    name: entry.name,
    ...(entry.since === undefined ? {} : { since: entry.since }),
    ...(entry.until === undefined ? {} : { until: entry.until }),
    ...(entry.substitute === undefined ? {} : { substitute: entry.substitute }),
    ...(entry.span === undefined ? {} : { span: entry.span }),
    ...(entry.estimated === undefined ? {} : { estimated: entry.estimated }),
  };
  const weekdayOf = (name: RuleEntry['weekday']): Weekday => weekdayNumber(name ?? 'Monday');
  switch (kind) {
    case 'fixed':
      return { ...base, kind, ...monthAndDay(entry.date ?? ''), ...(entry.sundayShift === undefined ? {} : { sundayShift: entry.sundayShift }) };
    case 'easter':
      return { ...base, kind, offset: entry.easter ?? 0 };
    case 'nthWeekday': {
      const unless = entry.unless === undefined ? {} : { unless: { ...monthAndDay(entry.unless.date), weekday: weekdayOf(entry.unless.weekday) } };
      return { ...base, kind, month: entry.month ?? 1, weekday: weekdayOf(entry.weekday), n: entry.nth ?? 1, ...unless };
    }
    case 'weekdayOnOrBefore':
      return { ...base, kind, ...monthAndDay(entry.onOrBefore ?? ''), weekday: weekdayOf(entry.weekday) };
    case 'dated':
      return { ...base, kind, dates };
  }
}

/** One calendar from its entry; `path` is where its `days` list is in the file. */
export function toHolidayCalendar(
  name: string,
  entry: CalendarEntry,
  daysPath: DocPath,
  findings: Finding[],
): HolidayCalendar | undefined {
  const before = findings.length;
  const rules = entry.days.flatMap((day, index) => toRule(day, [...daysPath, index], findings) ?? []);
  const years = rules.flatMap((rule) => (rule.kind === 'dated' ? rule.dates.map((date) => Number(date.slice(0, 4))) : []));
  const datedYears = entry.datedYears ?? (years.length === 0 ? undefined : { from: Math.min(...years), to: Math.max(...years) });
  const declared = entry.datedYears;
  const outside = declared === undefined ? [] : years.filter((y) => y < declared.from || y > declared.to);
  if (declared !== undefined && outside.length > 0) {
    findings.push(
      error(
        'HOLIDAY_DATE_OUTSIDE_YEARS',
        [...daysPath.slice(0, -1), 'datedYears'],
        `${name}.datedYears: the dated tables list ${[...new Set(outside)].join(', ')}, outside ${String(declared.from)}–${String(declared.to)}`,
        'widen datedYears to every year the tables list, or remove it (the tables then say which years they cover)',
      ),
    );
  }
  if (datedYears !== undefined && datedYears.from > datedYears.to) {
    findings.push(
      error('HOLIDAY_YEARS_REVERSED', [...daysPath.slice(0, -1), 'datedYears'], `${name}.datedYears: from ${datedYears.from} is after to ${datedYears.to}`, 'write the first year, then the last'),
    );
  }
  if (findings.length > before) return undefined;
  return {
    name,
    rules,
    weekend: (entry.weekend ?? ['Saturday', 'Sunday']).map(weekdayNumber),
    ...(datedYears === undefined ? {} : { datedYears }),
    ...(entry.source === undefined ? {} : { source: entry.source }),
  };
}

/** The schema's output: without zod for a well-formed file (holiday-schema-fast.ts), else zod's, or its findings. */
function parseCalendars(value: unknown): { data: HolidayCalendarsInput } | { findings: Finding[] } {
  const wellFormed = wellFormedHolidayCalendars(value ?? {});
  if (wellFormed !== undefined) return { data: wellFormed };
  const { holidayCalendarsSchema } = holidaySchemas();
  const parsed = holidayCalendarsSchema.safeParse(value ?? {});
  return parsed.success ? { data: parsed.data } : { findings: schemaFindings(parsed.error.issues, value, holidayCalendarsSchema) };
}

/** Pure: plain data of a holidays file → its calendars and every finding. */
export function validateHolidayCalendars(value: unknown): { calendars?: HolidayCalendars; findings: Finding[] } {
  const parsed = parseCalendars(value);
  if ('findings' in parsed) return parsed;
  const findings: Finding[] = [];
  const calendars = new Map<string, HolidayCalendar>();
  for (const [name, entry] of Object.entries(parsed.data)) {
    const calendar = toHolidayCalendar(name, entry, [name, 'days'], findings);
    if (calendar !== undefined) calendars.set(name, calendar);
  }
  return findings.length > 0 ? { findings } : { calendars, findings };
}
