/**
 * Holiday calendars as data: the shipped ones, a holidays.yaml beside the reference file that
 * adds or replaces calendars, a subsidiary's own list, and the findings of a bad calendar with
 * their file, line and column.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../../src/domain/calendar.ts';
import { withdrawalLastDay } from '../../../src/domain/withdrawal/index.ts';
import { readReference } from '../../../src/input/load-reference.ts';
import { REFERENCE_FILE } from './helpers.ts';
import { makeOrder } from '../domain/make-order.ts';

const root = mkdtempSync(join(tmpdir(), 'bdc-holidays-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
const GOOD = readFileSync(REFERENCE_FILE, 'utf8');
const d = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);
let count = 0;

/** A folder with subsidiaries.yaml and, when given, holidays.yaml. */
async function read(reference: string, holidays?: string) {
  const dir = join(root, String(++count));
  mkdirSync(dir);
  writeFileSync(join(dir, 'subsidiaries.yaml'), reference);
  if (holidays !== undefined) writeFileSync(join(dir, 'holidays.yaml'), holidays);
  return readReference(join(dir, 'subsidiaries.yaml'), { cwd: dir });
}

const lines = (diagnostics: readonly { file: string; line: number; column: number; code: string; message: string }[]) =>
  diagnostics.map((diag) => `${diag.file}:${diag.line}:${diag.column} ${diag.code}: ${diag.message}`);

describe('holiday calendars beside the reference file', () => {
  it('a new subsidiary brings its own calendar in holidays.yaml: no code change', async () => {
    const holidays = [
      'XK:',
      '  source: a made-up country',
      '  weekend: [Friday, Saturday]',
      '  days:',
      '    - { name: Founders Day, date: "06-15" }',
      '    - { name: Harvest, weekday: Thursday, nth: -1, month: 11 }',
      '',
    ].join('\n');
    const { reference, diagnostics } = await read(GOOD.replace('holidays: SN', 'holidays: XK'), holidays);
    expect(diagnostics).toEqual([]);
    const sn = reference?.get('SN');
    if (sn === undefined) throw new Error('SN is read');
    expect([sn.holidays, sn.holidayCalendar.source]).toEqual(['XK', 'a made-up country']);
    expect(isBusinessDay(d('2026-06-15'), sn.holidayCalendar)).toBe(false); // Founders Day, a Monday
    expect(isBusinessDay(d('2026-11-26'), sn.holidayCalendar)).toBe(false); // last Thursday of November
    expect(isBusinessDay(d('2026-06-19'), sn.holidayCalendar)).toBe(false); // a Friday: weekend
    expect(isBusinessDay(d('2026-06-21'), sn.holidayCalendar)).toBe(true); // a Sunday: a working day
    // The shipped calendars stay available beside it.
    expect(reference?.get('FR')?.holidayCalendar.rules).toHaveLength(11);
  });

  it('replaces a shipped calendar by name, and the deadline follows it', async () => {
    // With 16 March 2026 as a holiday, an order of 2 March (+14 = Monday 16) runs to Tuesday 17.
    const { reference } = await read(GOOD, 'FR:\n  days:\n    - { name: Local day, date: "03-16" }\n');
    const fr = reference?.get('FR');
    if (fr === undefined) throw new Error('FR is read');
    expect(fr.holidayCalendar.rules).toHaveLength(1);
    const order = makeOrder({ subsidiary: fr, date: '2026-03-02T10:15:00+01:00' });
    expect(withdrawalLastDay(order)?.toString()).toBe('2026-03-17');
  });

  it('a subsidiary may list its days inline', async () => {
    const inline = GOOD.replace('holidays: SN', 'holidays:\n    - { name: Independence Day, date: "04-04" }\n    - { name: Tabaski, dates: [2026-05-27] }');
    const { reference, diagnostics } = await read(inline);
    expect(diagnostics).toEqual([]);
    const sn = reference?.get('SN');
    expect([sn?.holidays, sn?.holidayCalendar.datedYears]).toEqual(['SN', { from: 2026, to: 2026 }]);
    expect(sn === undefined ? undefined : isBusinessDay(d('2026-05-27'), sn.holidayCalendar)).toBe(false);
  });
});

describe('the shipped calendars', () => {
  it('are plain data: a reference cloned into a validation worker keeps its dated holidays', async () => {
    const { reference } = await read(GOOD);
    const copy = structuredClone(reference);
    const tn = copy?.get('TN')?.holidayCalendar;
    if (tn === undefined) throw new Error('TN is read');
    expect(isBusinessDay(d('2026-05-27'), tn)).toBe(false); // Eid al-Adha, expected on a Wednesday
    expect(isBusinessDay(d('2026-05-29'), tn)).toBe(true);
  });
});

describe('findings of a bad calendar, where they are', () => {
  it('a rule with no day or two kinds, an impossible day, an impossible date', async () => {
    const holidays = [
      'XK:', //                                                       1
      '  days:', //                                                   2
      '    - { name: Nothing }', //                                   3
      '    - { name: Both, date: "01-01", easter: 1 }', //            4
      '    - { name: Never, date: "02-30" }', //                      5
      '    - { name: Bad table, dates: [2026-02-29] }', //            6
      '',
    ].join('\n');
    const { reference, diagnostics } = await read(GOOD, holidays);
    expect(reference).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      'holidays.yaml:3:7 HOLIDAY_RULE_KIND: XK.days.0 (Nothing): the rule says no day',
      'holidays.yaml:4:7 HOLIDAY_RULE_KIND: XK.days.1 (Both): the rule mixes several kinds of day',
      'holidays.yaml:5:28 HOLIDAY_DATE_INVALID: XK.days.2.date: 02-30 is not a day of the year',
      'holidays.yaml:6:34 HOLIDAY_DATE_INVALID: XK.days.3.dates.0: 2026-02-29 is not a date',
    ]);
    const hints = diagnostics.map((diag) => diag.hint);
    expect(hints[0]).toContain('give exactly one of: date');
  });

  it('a dated table outside the years it declares', async () => {
    const holidays = 'XK:\n  datedYears: { from: 2024, to: 2030 }\n  days:\n    - { name: Eid, dates: [2030-02-04, 2031-01-24] }\n';
    const { diagnostics } = await read(GOOD, holidays);
    expect(lines(diagnostics)).toEqual([
      'holidays.yaml:2:15 HOLIDAY_DATE_OUTSIDE_YEARS: XK.datedYears: the dated tables list 2031, outside 2024–2030',
    ]);
  });

  it('an unknown key is a schema error in holidays.yaml', async () => {
    const { diagnostics } = await read(GOOD, 'XK:\n  days:\n    - { name: Typo, dat: "01-01" }\n');
    expect(diagnostics.map((diag) => [diag.file, diag.line, diag.code])).toEqual([['holidays.yaml', 3, 'SCHEMA_UNKNOWN_KEY']]);
  });

  it('an unknown calendar name lists the known ones', async () => {
    const { diagnostics } = await read(GOOD.replace('holidays: SN', 'holidays: ZZ'));
    expect(diagnostics.map((diag) => [diag.code, diag.message])).toEqual([
      ['REFERENCE_HOLIDAYS_UNKNOWN', 'SN.holidays: no public-holiday calendar named ZZ'],
    ]);
    expect(diagnostics[0]?.hint).toBe(
      'known calendars: CA, DE, ES, FR, GB, IE, IT, MA, NL, PL, PT, SN, TN; add one to holidays.yaml beside the reference file, or list the days here',
    );
  });
});
