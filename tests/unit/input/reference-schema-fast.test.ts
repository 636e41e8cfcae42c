/**
 * The reference data's and holiday calendars' happy paths against zod: on the shipped files,
 * every reference file under tests/ and seeded mutations of them, `wellFormedReference` and
 * `wellFormedHolidayCalendars` give zod's exact output (the same values, keys in the same
 * order) or leave the value to zod, and never accept what zod refuses; the Reference built is
 * the one zod's output builds.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { holidaySchemas, validateHolidayCalendars, type HolidayCalendars } from '../../../src/input/holiday-schema.ts';
import { wellFormedHolidayCalendars } from '../../../src/input/holiday-schema-fast.ts';
import { referenceSchema, validateReference } from '../../../src/input/reference-schema.ts';
import { wellFormedReference } from '../../../src/input/reference-schema-fast.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';
import { parseWithPositions } from '../../../src/input/yaml/parse-with-positions.ts';
import { everySingleEdit, seededMutations } from './mutate.ts';

const REFERENCE_FILES = ['data/subsidiaries.yaml', 'tests/fixtures/subsidiaries.yaml', 'tests/fixtures/render/subsidiaries.yaml', 'tests/fixtures/withdrawal/subsidiaries.yaml'];
/** A reference whose subsidiaries list their own days, and a tax named per language. */
const OWN_DAYS = `
XK:
  currency: EUR
  language: en
  timeZone: Europe/Belgrade
  taxes:
    - { name: { en: " GST ", fr: TPS }, rate: "5" }
    - { name: "  QST", rate: "9.975" }
  holidays:
    - { name: " New Year ", date: "01-01", sundayShift: 1, substitute: true, span: 2, since: 1990, until: 2090 }
    - { name: Easter Monday, easter: 1 }
    - { name: Memorial Day, weekday: Monday, nth: -1, month: 5, unless: { date: "05-31", weekday: Friday } }
    - { name: Victoria Day, weekday: Monday, onOrBefore: "05-24" }
    - { name: Eid, dates: [2026-03-20, 2027-03-10], estimated: true }
  seller: { name: " S ", address: { street: s, postalCode: "1", city: c, country: XK }, email: a@b }
  paymentMeans: { individual: [creditCard], corporation: [], association: [], administration: [], other: [] }
  withdrawal: { days: 14, refundDays: 30, legalRefundDays: 14, legalReference: "  Law 1  " }
`;
const HOLIDAYS_FILES = ['data/holidays.yaml'];
const OWN_CALENDARS = `
Z1:
  source: "  An official list "
  weekend: [Friday, Saturday]
  datedYears: { from: 2026, to: 2027 }
  days:
    - { name: Eid, dates: [2026-03-20, 2027-03-10] }
2024: { days: [] }
`;

const parse = (text: string): unknown => parseWithPositions(text, DEFAULT_PARSE_OPTIONS)[0]?.value;
const read = (file: string): unknown => parse(new TextDecoder().decode(readFileSync(file)));

let references: object[] = [];
let holidayFiles: object[] = [];
let calendars: HolidayCalendars = new Map();

beforeAll(() => {
  references = [...REFERENCE_FILES.map(read), parse(OWN_DAYS)] as object[];
  holidayFiles = [...HOLIDAYS_FILES.map(read), parse(OWN_CALENDARS)] as object[];
  calendars = validateHolidayCalendars(holidayFiles[0]).calendars ?? new Map();
});

/** The same value, each object with no prototype: zod takes it as it is, the fast check gives up. */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== 'object') return value;
  return Object.assign(Object.create(null) as object, Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutPrototypes(item)])));
}

/** Key order matters too (the documents' cache key hashes a subsidiary's entry): a text that keeps it. */
const ordered = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item instanceof Map ? [...(item as Map<unknown, unknown>)] : item));

/** The fast output is zod's (values and key order), or undefined; true when it was accepted. */
function agrees(fast: unknown, zod: { success: boolean; data?: unknown }, value: unknown): boolean {
  if (fast === undefined) return false;
  expect(zod.success, JSON.stringify(value)).toBe(true);
  expect(fast).toStrictEqual(zod.data);
  expect(ordered(fast)).toBe(ordered(zod.data));
  return true;
}

const referenceAgrees = (value: unknown): boolean => agrees(wellFormedReference(value), referenceSchema().safeParse(value), value);
const holidaysAgree = (value: unknown): boolean =>
  agrees(wellFormedHolidayCalendars(value), holidaySchemas().holidayCalendarsSchema.safeParse(value), value);

const REPLACEMENTS: unknown[] = [
  null, '', ' ', '  x  ', 'x', 'FR', 'fr', 'EUR', 'Europe/Paris', '20', '5.5', '9.9999', '100', 'creditCard', 'Monday', 'monday',
  '07-14', '02-30', '13-01', '2026-03-20', '2026-3-20', 0, -0, 1, -1, 7, 8, 14, 365, 366, 1969, 1970, 9999, 1.5, 1e300,
  Number.NaN, true, false, [], {}, [1], ['Monday'], { en: 'GST' }, { xx: 'GST' }, 'x'.repeat(41), 'x'.repeat(301),
];

describe('wellFormedReference', () => {
  it('gives zod’s output for the shipped reference data and every reference file under tests/', () => {
    for (const value of references) expect(referenceAgrees(value)).toBe(true);
  });

  it('trims texts and keeps the keys in the schema’s order, as zod does', () => {
    const out = wellFormedReference(references.at(-1));
    const xk = out?.['XK'];
    expect(xk?.taxes?.map((tax) => tax.name)).toEqual([{ en: 'GST', fr: 'TPS' }, 'QST']);
    expect(xk?.withdrawal?.legalReference).toBe('Law 1');
    expect(wellFormedReference({ FR: { ...(references[0] as Record<'FR', object>).FR, currency: 'EUR' } })?.['FR']).toBeDefined();
    const reordered = Object.fromEntries(Object.entries((references[0] as Record<'FR', object>).FR).reverse());
    expect(Object.keys(wellFormedReference({ FR: reordered })?.['FR'] ?? {})).toEqual(Object.keys(referenceSchema().parse({ FR: reordered })['FR'] ?? {}));
  });

  it('never accepts what zod refuses, after every single edit of a subsidiary with every kind of key', () => {
    const sample = { FR: (references[0] as Record<'FR', unknown>).FR, ...(references.at(-1) as object) };
    let refused = 0;
    for (const value of everySingleEdit(sample, REPLACEMENTS)) if (!referenceAgrees(value)) refused += 1;
    expect(refused).toBeGreaterThan(4000);
  });

  it('never accepts what zod refuses, on seeded mutations', () => {
    const mutated = seededMutations(13, { rootKey: 'FR', replacements: REPLACEMENTS, depth: 6 });
    let refused = 0;
    for (let round = 0; round < 4000; round += 1) if (!referenceAgrees(mutated(references))) refused += 1;
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(3800);
  });

  it('builds the Reference zod’s output builds', () => {
    for (const value of references) {
      const slow = withoutPrototypes(value);
      expect(wellFormedReference(slow)).toBeUndefined();
      expect(validateReference(value, calendars)).toStrictEqual(validateReference(slow, calendars));
      expect(ordered(validateReference(value, calendars))).toBe(ordered(validateReference(slow, calendars)));
    }
  });
});

describe('wellFormedHolidayCalendars', () => {
  it('gives zod’s output for the shipped calendars and a file with every kind of key', () => {
    for (const value of holidayFiles) expect(holidaysAgree(value)).toBe(true);
    expect(Object.keys(wellFormedHolidayCalendars(holidayFiles[1]) ?? {})).toEqual(['2024', 'Z1']);
    expect(wellFormedHolidayCalendars(holidayFiles[1])?.['Z1']?.source).toBe('An official list');
  });

  it('never accepts what zod refuses, after every single edit of calendars with every kind of key', () => {
    const shipped = holidayFiles[0] as Record<'FR' | 'CA' | 'TN', unknown>;
    const sample = { FR: shipped.FR, CA: shipped.CA, TN: shipped.TN, ...(holidayFiles[1] as object) };
    let refused = 0;
    for (const value of everySingleEdit(sample, REPLACEMENTS)) if (!holidaysAgree(value)) refused += 1;
    expect(refused).toBeGreaterThan(5000);
  });

  it('never accepts what zod refuses, on seeded mutations', () => {
    const mutated = seededMutations(17, { rootKey: 'FR', replacements: REPLACEMENTS, depth: 5 });
    let refused = 0;
    for (let round = 0; round < 4000; round += 1) if (!holidaysAgree(mutated(holidayFiles))) refused += 1;
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(3800);
  });

  it('builds the calendars zod’s output builds', () => {
    for (const value of holidayFiles) {
      const slow = withoutPrototypes(value);
      expect(wellFormedHolidayCalendars(slow)).toBeUndefined();
      expect(validateHolidayCalendars(value)).toStrictEqual(validateHolidayCalendars(slow));
      expect(ordered(validateHolidayCalendars(value))).toBe(ordered(validateHolidayCalendars(slow)));
    }
  });
});
