/** The holiday calendars shipped in data/holidays.yaml, read once for the domain tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { HolidayCalendar } from '../../../src/domain/calendar.ts';
import { validateHolidayCalendars } from '../../../src/input/holiday-schema.ts';
import { SHIPPED_HOLIDAYS_FILE } from '../../../src/input/load-reference.ts';

const { calendars, findings } = validateHolidayCalendars(parse(readFileSync(SHIPPED_HOLIDAYS_FILE, 'utf8')));
if (calendars === undefined) throw new Error(`data/holidays.yaml: ${JSON.stringify(findings)}`);

/** Every shipped calendar's name, sorted. */
export const CALENDAR_NAMES: readonly string[] = [...calendars.keys()].sort();

/** A shipped calendar by name (FR, TN…). */
export function calendar(name: string): HolidayCalendar {
  const found = calendars?.get(name);
  if (found === undefined) throw new Error(`no shipped holiday calendar ${name}`);
  return found;
}
