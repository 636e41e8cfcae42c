/**
 * Withdrawal invariants over generated orders: the refund stays within [0, paid] whatever the
 * lines (discounts included), the delivery and the request day; the deadline never moves
 * earlier when the order date moves later, in every subsidiary's zone and holiday calendar.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { money, toDecimalString } from '../../../src/domain/money.ts';
import { computeTotals } from '../../../src/domain/totals.ts';
import { assessWithdrawal, withdrawalDeadline } from '../../../src/domain/withdrawal/index.ts';
import { FR, makeOrder, SN, TN } from '../domain/make-order.ts';

const SUBSIDIARIES = [FR, TN, SN] as const;
/** 2020-01-01 to about 2035, in seconds. */
const instantSeconds = fc.integer({ min: 1_577_836_800, max: 2_050_000_000 });
const toInstant = (seconds: number): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(seconds * 1000);

const lineSpec = fc.record({
  minor: fc.integer({ min: -200_000, max: 2_000_000 }),
  quantity: fc.integer({ min: 1, max: 12 }),
  duration: fc.constantFrom('P1M', 'P3M', 'P1Y', 'P30D', 'P2W', undefined),
  withdrawalExcluded: fc.boolean(),
  vatRate: fc.constantFrom('20', '10', '5.5', '0'),
});

describe('the refund', () => {
  it('is 0.00 when a 0.01 line is cancelled by an excluded -0.01 discount (nothing was paid)', () => {
    const date = '2026-03-02T10:15:00+01:00';
    const order = makeOrder({
      date,
      lines: [
        { unitPrice: '0.01', duration: 'P1M' },
        { unitPrice: '-0.01', duration: 'P1M', withdrawalExcluded: true },
      ],
    });
    const assessment = assessWithdrawal(order, Temporal.Instant.from(date));
    expect([assessment.paid.minor, assessment.refund.minor]).toEqual([0n, 0n]);
  });

  it('is never negative and never above what was paid (TTC), nor above the refundable part', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBSIDIARIES),
        fc.array(lineSpec, { minLength: 1, maxLength: 6 }),
        instantSeconds,
        fc.integer({ min: 0, max: 40 * 86_400 }),
        fc.integer({ min: -86_400, max: 60 * 86_400 }),
        (subsidiary, lines, dateSeconds, deliveredAfter, requestedAfterDelivery) => {
          const date = toInstant(dateSeconds).toString();
          const delivered = toInstant(dateSeconds + deliveredAfter).toString();
          const order = makeOrder({
            subsidiary,
            date,
            history: [
              ['notPaid', date],
              ['checking', date, 'PAYMENT_RECEIVED'],
              ['delivering', delivered, 'ORDER_ACCEPTED'],
              ['delivered', delivered, 'DELIVERY'],
            ],
            lines: lines.map(({ minor, duration, ...rest }) => ({
              ...rest,
              unitPrice: toDecimalString(money(BigInt(minor), subsidiary.currency)),
              ...(duration === undefined ? {} : { duration }),
            })),
          });
          const at = toInstant(dateSeconds + deliveredAfter + requestedAfterDelivery);
          const assessment = assessWithdrawal(order, at);
          const ttc = computeTotals(order).totalTTC.minor;
          const paid = assessment.paid.minor;
          expect(paid === 0n || paid === ttc).toBe(true);
          expect(assessment.refund.minor >= 0n).toBe(true);
          expect(assessment.refund.minor <= (paid > 0n ? paid : 0n)).toBe(true);
          const refundable = paid - assessment.notRefunded.minor;
          expect(assessment.refund.minor <= (refundable > 0n ? refundable : 0n)).toBe(true);
          expect(assessment.refund.currency).toBe(subsidiary.currency);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the withdrawal deadline', () => {
  it('never moves earlier when the order date moves later, and is at least the period after the date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBSIDIARIES),
        instantSeconds,
        fc.integer({ min: 0, max: 30 * 86_400 }),
        (subsidiary, firstSeconds, laterBy) => {
          const lines = [{ unitPrice: '13' }];
          const earlier = makeOrder({ subsidiary, lines, date: toInstant(firstSeconds).toString() });
          const later = makeOrder({ subsidiary, lines, date: toInstant(firstSeconds + laterBy).toString() });
          const a = withdrawalDeadline(earlier);
          const b = withdrawalDeadline(later);
          if (a === undefined || b === undefined) throw new Error('FR, TN and SN test subsidiaries give a right');
          expect(Temporal.Instant.compare(a.toInstant(), b.toInstant())).toBeLessThanOrEqual(0);
          const days = subsidiary.withdrawal?.days ?? 0;
          expect(Temporal.Instant.compare(a.toInstant(), earlier.date.add({ days }).toInstant())).toBeGreaterThan(0);
          // It ends a day: the next nanosecond is midnight in the subsidiary's zone.
          const next = a.add({ nanoseconds: 1 });
          expect([next.hour, next.minute, next.second, next.nanosecond]).toEqual([0, 0, 0, 0]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
