/**
 * Taxes with several components, worked by hand: each component is computed on the same base
 * and rounded on its own (half away from zero), never as one combined rate.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { parseRate, toDecimalString } from '../../../src/domain/money.ts';
import { combinedRate, sameRate, taxNameIn } from '../../../src/domain/taxes.ts';
import { computeTotals } from '../../../src/domain/totals.ts';
import { assessWithdrawal } from '../../../src/domain/withdrawal/index.ts';
import type { Subsidiary } from '../../../src/domain/subsidiary.ts';
import { makeOrder, QC } from './make-order.ts';

const rows = (totals: ReturnType<typeof computeTotals>) => ({
  taxes: totals.vatByRate.map(
    (g) => `${g.name?.text ?? 'VAT'} ${g.rate.percent}%: ${toDecimalString(g.base)} → ${toDecimalString(g.tax)}`,
  ),
  totalVAT: toDecimalString(totals.totalVAT),
  ttc: toDecimalString(totals.totalTTC),
});

describe('GST + QST (Québec)', () => {
  it('10.10: GST 0.505 → 0.51 and QST 1.007475 → 1.01, total tax 1.52 (one 14.975 % rate would give 1.51)', () => {
    expect(rows(computeTotals(makeOrder({ subsidiary: QC, lines: [{ unitPrice: '10.10' }] })))).toEqual({
      taxes: ['GST 5%: 10.10 → 0.51', 'QST 9.975%: 10.10 → 1.01'],
      totalVAT: '1.52',
      ttc: '11.62',
    });
    const combined = makeOrder({ subsidiary: QC, lines: [{ unitPrice: '10.10', vatRate: '14.975' }] });
    expect(rows(computeTotals(combined)).totalVAT).toBe('1.51'); // 1.512475 → 1.51
  });

  it('sums each component over the lines, and keeps a line with its own rate as a plain VAT', () => {
    const order = makeOrder({
      subsidiary: QC,
      lines: [
        { unitPrice: '6.46' }, // GST 0.323, QST 0.644385
        { unitPrice: '3.64', quantity: 2 }, // 7.28: base 13.74 → GST 0.687 → 0.69; QST 1.370565 → 1.37
        { unitPrice: '-1.00', detailType: 'VOUCHER' }, // base 12.74 → GST 0.637 → 0.64; QST 1.270815 → 1.27
        { unitPrice: '20.00', vatRate: '0' }, // exempt: its own plain rate, 0.00
      ],
    });
    // HT 6.46 + 7.28 - 1.00 + 20.00 = 32.74; tax 0.64 + 1.27 + 0.00 = 1.91; TTC 34.65.
    expect(rows(computeTotals(order))).toEqual({
      taxes: ['GST 5%: 12.74 → 0.64', 'QST 9.975%: 12.74 → 1.27', 'VAT 0%: 20.00 → 0.00'],
      totalVAT: '1.91',
      ttc: '34.65',
    });
  });

  it('a province’s HST is one component: 13 % of 134.99 + 12.00 = 146.99 → 19.1087 → 19.11', () => {
    const hst = parseRate('13');
    const ON: Subsidiary = { ...QC, code: 'ON', vatRate: hst, taxes: [{ name: { text: 'HST', byLanguage: {} }, rate: hst }] };
    const order = makeOrder({ subsidiary: ON, lines: [{ unitPrice: '134.99' }, { unitPrice: '3.00', quantity: 4 }] });
    expect(rows(computeTotals(order))).toEqual({ taxes: ['HST 13%: 146.99 → 19.11'], totalVAT: '19.11', ttc: '166.10' });
  });

  it('refunds with the deduction taxed per component', () => {
    // Ordered and delivered Mon 2 March 2026 (Montréal), request Mon 9 March: 8 of 31 days.
    // Deduction HT 10.10 × 8 / 31 = 2.6064… → 2.61; GST 0.1305 → 0.13; QST 0.2603475 → 0.26; TTC 3.00.
    // Paid 11.62 (above); refund 11.62 − 3.00 = 8.62.
    const order = makeOrder({
      subsidiary: { ...QC, withdrawal: { days: 14, refundDays: 30 } },
      date: '2026-03-02T10:00:00-05:00',
      lines: [{ unitPrice: '10.10', duration: 'P1M' }],
    });
    const a = assessWithdrawal(order, Temporal.Instant.from('2026-03-09T12:00:00-05:00'));
    expect(a.deductionTaxes.map((g) => `${g.name?.text ?? ''} ${toDecimalString(g.base)} → ${toDecimalString(g.tax)}`)).toEqual([
      'GST 2.61 → 0.13',
      'QST 2.61 → 0.26',
    ]);
    expect([a.paid, a.deductionHT, a.deductionTTC, a.refund].map(toDecimalString)).toEqual(['11.62', '2.61', '3.00', '8.62']);
  });
});

describe('rates and names', () => {
  it('adds rates exactly and compares them whatever their writing', () => {
    expect(combinedRate([{ rate: parseRate('5') }, { rate: parseRate('9.975') }]).percent).toBe('14.975');
    expect(combinedRate([{ rate: parseRate('5.5') }, { rate: parseRate('4.5') }]).percent).toBe('10');
    expect(sameRate(parseRate('20'), parseRate('20.000'))).toBe(true);
    expect(sameRate(parseRate('14.975'), parseRate('14.97'))).toBe(false);
  });

  it('names a component in the order’s language, else its first name', () => {
    const [gst] = QC.taxes ?? [];
    if (gst === undefined) throw new Error('QC has taxes');
    expect([taxNameIn(gst, 'fr'), taxNameIn(gst, 'en')]).toEqual(['TPS', 'GST']);
    expect(taxNameIn({ rate: parseRate('20') }, 'fr')).toBeUndefined();
    expect(taxNameIn({ rate: parseRate('5'), name: { text: 'GST', byLanguage: { en: 'GST' } } }, 'fr')).toBe('GST');
  });
});
