/**
 * Money invariants over generated orders (the TTC = HT + VAT and refund-within-refundable
 * properties live in tests/unit/domain/properties.test.ts): the parts add up to the totals in
 * every currency, and each rate's VAT is its base's exact tax rounded to the nearest minor unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, toDecimalString } from '../../../src/domain/money.ts';
import { computeTotals } from '../../../src/domain/totals.ts';
import { FR, makeOrder, SN, TN } from '../domain/make-order.ts';

const SUBSIDIARIES = [FR, TN, SN] as const;
const RATES = ['20', '19', '18', '5.5', '2.1', '9.975', '0'] as const;

const orderArbitrary = fc.constantFrom(...SUBSIDIARIES).chain((subsidiary) =>
  fc
    .array(
      fc.record({
        minor: fc.bigInt({ min: -10_000_000n, max: 1_000_000_000_000n }),
        quantity: fc.integer({ min: 1, max: 1_000_000 }),
        vatRate: fc.constantFrom(...RATES),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((lines) =>
      makeOrder({
        subsidiary,
        lines: lines.map(({ minor, quantity, vatRate }) => ({
          unitPrice: toDecimalString(money(minor, subsidiary.currency)),
          quantity,
          vatRate,
        })),
      }),
    ),
);

describe('totals add up', () => {
  it('HT = Σ line totals = Σ per-rate bases; VAT = Σ per-rate taxes; TTC = HT + VAT', () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const totals = computeTotals(order);
        const lineSum = order.details.reduce((sum, line) => sum + line.unitPrice.minor * BigInt(line.quantity), 0n);
        expect(totals.totalHT.minor).toBe(lineSum);
        expect(order.details.reduce((sum, line) => sum + line.totalPrice.minor, 0n)).toBe(lineSum);
        expect(totals.vatByRate.reduce((sum, group) => sum + group.base.minor, 0n)).toBe(totals.totalHT.minor);
        expect(totals.vatByRate.reduce((sum, group) => sum + group.tax.minor, 0n)).toBe(totals.totalVAT.minor);
        expect(totals.totalTTC.minor).toBe(totals.totalHT.minor + totals.totalVAT.minor);
        for (const amount of [totals.totalHT, totals.totalVAT, totals.totalTTC])
          expect(amount.currency).toBe(order.subsidiary.currency);
      }),
      { numRuns: 200 },
    );
  });

  it("each rate's VAT is within half a minor unit of base × rate (exact rational arithmetic)", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        for (const group of computeTotals(order).vatByRate) {
          const { numerator, denominator } = group.rate;
          // |tax − base·n/d| ≤ 1/2  ⇔  |2·tax·d − 2·base·n| ≤ d
          const gap = 2n * group.tax.minor * denominator - 2n * group.base.minor * numerator;
          expect(gap < 0n ? -gap : gap).toBeLessThanOrEqual(denominator);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rates written differently ("20", "20.0", "20.000") fall in one group: 3 × 12.99 = 38.97, VAT 7.794 → 7.79', () => {
    const order = makeOrder({ lines: [{ vatRate: '20' }, { vatRate: '20.000' }, { vatRate: '20.0' }] });
    const totals = computeTotals(order);
    expect(totals.vatByRate.map((group) => [group.base.minor, group.tax.minor])).toEqual([[3897n, 779n]]);
  });
});
