/**
 * The days a holiday calendar may name: a month and day (`date`, `onOrBefore`, `unless`) that
 * exists in a leap year, and dated-table dates that exist, exactly as Temporal decides.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { validateHolidayCalendars } from '../../../src/input/holiday-schema.ts';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const MONTHS = Array.from({ length: 14 }, (_, month) => month);
const DAYS = [0, 1, 27, 28, 29, 30, 31, 32];
const YEARS = [0, 4, 100, 1900, 1970, 2000, 2023, 2024, 2100, 9999];

function codes(day: Record<string, unknown>): string[] {
  return validateHolidayCalendars({ XK: { days: [{ name: 'Day', ...day }] } }).findings.map((finding) => finding.code);
}

describe('holiday days', () => {
  it('takes a dated-table date exactly when Temporal does, and keeps its text', () => {
    for (const year of YEARS) {
      for (const month of MONTHS) {
        for (const day of DAYS) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          let temporal: string | undefined;
          try {
            temporal = Temporal.PlainDate.from(text, { overflow: 'reject' }).toString();
          } catch {
            temporal = undefined;
          }
          const result = validateHolidayCalendars({ XK: { days: [{ name: 'Day', dates: [text] }] } });
          const rule = result.calendars?.get('XK')?.rules[0];
          expect(rule?.kind === 'dated' ? rule.dates : result.findings.map((finding) => finding.code), text).toEqual(temporal === undefined ? ['HOLIDAY_DATE_INVALID'] : [temporal]);
        }
      }
    }
  });

  it('takes a month and day exactly when it exists in a leap year', () => {
    for (const month of MONTHS.filter((value) => value >= 1 && value <= 12)) {
      for (const day of DAYS.filter((value) => value >= 1 && value <= 31)) {
        const exists = day <= Temporal.PlainDate.from({ year: 2024, month, day: 1 }).daysInMonth;
        const text = `${pad(month)}-${pad(day)}`;
        const expected = exists ? [] : ['HOLIDAY_DATE_INVALID'];
        expect(codes({ date: text }), text).toEqual(expected);
        expect(codes({ weekday: 'Monday', onOrBefore: text }), text).toEqual(expected);
      }
    }
  });
});
