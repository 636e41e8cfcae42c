/** Invariants of the domain core over generated inputs (fast-check). */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isBusinessDay, nextBusinessDay, publicHolidays } from '../../../src/domain/calendar.ts';
import { toDecimalString } from '../../../src/domain/money.ts';
import { periodDays } from '../../../src/domain/period.ts';
import { computeTotals } from '../../../src/domain/totals.ts';
import { assessWithdrawal } from '../../../src/domain/withdrawal/index.ts';
import { calendar, CALENDAR_NAMES } from './calendars.ts';
import { makeOrder } from './make-order.ts';

const plainDate = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((days) => Temporal.PlainDate.from('2010-01-01').add({ days }));
const cents = fc
  .integer({ min: -50_000, max: 500_000 })
  .map((n) => toDecimalString({ minor: BigInt(n), currency: 'EUR' }));
const line = fc.record({
  unitPrice: cents,
  quantity: fc.integer({ min: 1, max: 5 }),
  vatRate: fc.constantFrom('20', '10', '5.5', '2.1'),
  duration: fc.constantFrom('P1M', 'P3M', 'P1Y', undefined),
  withdrawalExcluded: fc.boolean(),
});
const lineSpec = line.map(({ duration, ...rest }) => (duration === undefined ? rest : { ...rest, duration }));

describe('calendar invariants', () => {
  it('the next business day is a later business day with only non-business days between', () => {
    fc.assert(
      fc.property(plainDate, fc.constantFrom(...CALENDAR_NAMES.map(calendar)), (date, country) => {
        const next = nextBusinessDay(date, country);
        expect(Temporal.PlainDate.compare(next, date)).toBe(1);
        expect(isBusinessDay(next, country)).toBe(true);
        for (let day = date.add({ days: 1 }); !day.equals(next); day = day.add({ days: 1 })) {
          expect(isBusinessDay(day, country)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every country has at least 6 holidays a year, all in that year and distinct', () => {
    for (const country of CALENDAR_NAMES.map(calendar)) {
      for (const year of [2024, 2025, 2026, 2027, 2028]) {
        const days = publicHolidays(year, country);
        expect(days.length).toBeGreaterThanOrEqual(6);
        expect(new Set(days.map(String)).size).toBe(days.length);
        expect(days.every((d) => d.year === year)).toBe(true);
      }
    }
  });
});

describe('period invariants', () => {
  it('P1M lasts 28 to 31 days and P1Y 365 or 366', () => {
    fc.assert(
      fc.property(plainDate, (start) => {
        expect(periodDays('P1M', start)).toBeGreaterThanOrEqual(28);
        expect(periodDays('P1M', start)).toBeLessThanOrEqual(31);
        expect([365, 366]).toContain(periodDays('P1Y', start));
      }),
    );
  });
});

describe('totals and refund invariants', () => {
  it('TTC = HT + VAT, VAT = the sum of the per-rate taxes, refund within [0, refundable]', () => {
    fc.assert(
      fc.property(
        fc.array(lineSpec, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 20 }),
        (lines, requestDay) => {
          const order = makeOrder({ date: '2026-03-02T10:15:00+01:00', lines });
          const totals = computeTotals(order);
          expect(totals.totalTTC.minor).toBe(totals.totalHT.minor + totals.totalVAT.minor);
          expect(totals.totalVAT.minor).toBe(totals.vatByRate.reduce((s, g) => s + g.tax.minor, 0n));
          const at = Temporal.Instant.from('2026-03-02T12:00:00Z').add({ hours: 24 * requestDay });
          const a = assessWithdrawal(order, at);
          const refundable = a.paid.minor - a.notRefunded.minor;
          expect(a.refund.minor >= 0n).toBe(true);
          expect(a.refund.minor <= (refundable > 0n ? refundable : 0n)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
