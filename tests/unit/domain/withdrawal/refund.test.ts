/** Refund figures worked by hand (DOMAIN.md §5); every rounding is half away from zero. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessWithdrawal } from '../../../../src/domain/withdrawal/index.ts';
import { FR, makeOrder, TN } from '../make-order.ts';
import { figures } from './figures.ts';

const at = (text: string): Temporal.Instant => Temporal.Instant.from(text);

describe('refund', () => {
  it('P1M delivered 31 January 2026: 28-day period, discount prorated, one-off line kept whole', () => {
    const D = '2026-01-31T09:00:00+01:00';
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['delivering', '2026-01-31T09:10:00+01:00'],
        ['delivered', '2026-01-31T09:30:00+01:00'],
      ],
      lines: [
        { description: 'VPS', unitPrice: '12.99', duration: 'P1M' },
        { description: 'Remise', detailType: 'VOUCHER', unitPrice: '-6.50', duration: 'P1M' },
        { description: 'Installation', detailType: 'INSTALLATION', unitPrice: '10.00' },
      ],
    });
    const a = assessWithdrawal(order, at('2026-02-06T12:00:00+01:00'));
    // Paid: HT 12.99 - 6.50 + 10.00 = 16.49; VAT 3.298 → 3.30; TTC 19.79.
    // Consumed 31 Jan … 6 Feb, both included = 7 days; P1M from 31 Jan ends 28 Feb = 28 days.
    // VPS 12.99 × 7/28 = 3.2475 → 3.25; voucher -6.50 × 7/28 = -1.625 → -1.63; installation 0.
    // Deduction HT 1.62; VAT 0.324 → 0.32; TTC 1.94. Refund 19.79 - 1.94 = 17.85.
    expect(figures(a)).toEqual({
      paid: '19.79',
      notRefunded: '0.00',
      lines: ['0 12.99 7/28 → 3.25', '1 -6.50 7/28 → -1.63', '2 10.00 -/- → 0.00'],
      deductionHT: '1.62',
      deductionTTC: '1.94',
      refund: '17.85',
    });
    expect(a.eligible).toBe(true);
    expect(a.deliveredOn?.toString()).toBe('2026-01-31');
    // Due: request + 30 calendar days; the legal limit (14) is reported alongside.
    expect(a.refundDueDate?.toString()).toBe('2026-03-08T12:00:00+01:00[Europe/Paris]');
    expect(a.legalRefundDays).toBe(14);
  });

  it('takes the legal refund limit from the withdrawal terms when they give one', () => {
    const terms = { days: 14, refundDays: 30, legalRefundDays: 10 };
    const order = makeOrder({ subsidiary: { ...FR, withdrawal: terms } });
    expect(assessWithdrawal(order, at('2026-03-05T12:00:00+01:00')).legalRefundDays).toBe(10);
  });

  it('P1Y delivered 1 March 2027: 366-day period', () => {
    const D = '2027-03-01T08:00:00+01:00';
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['delivering', D],
        ['delivered', '2027-03-01T08:10:00+01:00'],
      ],
      lines: [{ description: 'Hébergement', unitPrice: '120.00', duration: 'P1Y' }],
    });
    // Paid 120.00 + 24.00 = 144.00. Consumed 1 … 10 March = 10 days; P1Y to 1 March 2028 = 366 days.
    // 120.00 × 10/366 = 3.2787 → 3.28; VAT 0.656 → 0.66; TTC 3.94. Refund 144.00 - 3.94 = 140.06.
    expect(figures(assessWithdrawal(order, at('2027-03-10T09:00:00+01:00')))).toEqual({
      paid: '144.00',
      notRefunded: '0.00',
      lines: ['0 120.00 10/366 → 3.28'],
      deductionHT: '3.28',
      deductionTTC: '3.94',
      refund: '140.06',
    });
  });

  it('TND, 3 decimals, 19 % VAT, Africa/Tunis', () => {
    const D = '2026-03-02T10:00:00+01:00';
    const order = makeOrder({ subsidiary: TN, date: D, lines: [{ unitPrice: '45.500', duration: 'P1M' }] });
    // Paid 45.500 + 8.645 = 54.145. Consumed 2 … 8 March = 7 days; P1M from 2 March = 31 days.
    // 45.500 × 7/31 = 10.27419 → 10.274; VAT 1.95206 → 1.952; TTC 12.226. Refund 41.919.
    const a = assessWithdrawal(order, at('2026-03-08T10:00:00+01:00'));
    expect(figures(a)).toEqual({
      paid: '54.145',
      notRefunded: '0.000',
      lines: ['0 45.500 7/31 → 10.274'],
      deductionHT: '10.274',
      deductionTTC: '12.226',
      refund: '41.919',
    });
    expect(a.deadline?.toString()).toBe('2026-03-16T23:59:59.999999999+01:00[Africa/Tunis]');
  });

  it('an excluded domain line is informative and not refunded', () => {
    const D = '2026-03-02T10:00:00+01:00';
    const order = makeOrder({
      date: D,
      lines: [
        { description: 'Hébergement Perso', unitPrice: '47.88', duration: 'P1Y' },
        {
          description: 'Domaine exemple.fr',
          domain: 'exemple.fr',
          unitPrice: '8.99',
          duration: 'P1Y',
          withdrawalExcluded: true,
        },
      ],
    });
    const a = assessWithdrawal(order, at('2026-03-05T20:00:00+01:00'));
    // Paid: HT 56.87, VAT 11.374 → 11.37, TTC 68.24. Refundable (hosting only): 47.88 + 9.576 → 9.58 = 57.46,
    // so 68.24 - 57.46 = 10.78 is kept. Consumed 2 … 5 March = 4 days of 365:
    // 47.88 × 4/365 = 0.5247 → 0.52; VAT 0.104 → 0.10; TTC 0.62. Refund 57.46 - 0.62 = 56.84.
    expect(a.eligible).toBe(true);
    expect(a.reasons).toEqual([{ code: 'WITHDRAWAL_EXCLUDED_LINE', lineIndex: 1, blocking: false }]);
    expect(figures(a)).toEqual({
      paid: '68.24',
      notRefunded: '10.78',
      lines: ['0 47.88 4/365 → 0.52', '1 8.99 -/- → 0.00'],
      deductionHT: '0.52',
      deductionTTC: '0.62',
      refund: '56.84',
    });
  });

  it('never delivered: nothing consumed, everything refunded', () => {
    const D = '2026-03-02T10:00:00+01:00';
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['checking', '2026-03-02T10:05:00+01:00'],
      ],
    });
    // 12.99 + 2.598 → 2.60 = 15.59, no deduction.
    expect(figures(assessWithdrawal(order, at('2026-03-04T10:00:00+01:00')))).toMatchObject({
      paid: '15.59',
      lines: ['0 12.99 0/- → 0.00'],
      deductionTTC: '0.00',
      refund: '15.59',
    });
  });

  it('the refund never goes below zero', () => {
    const order = makeOrder({
      lines: [
        { description: 'Domaine', unitPrice: '20.00', duration: 'P1Y', withdrawalExcluded: true },
        { description: 'Remise', detailType: 'VOUCHER', unitPrice: '-5.00', duration: 'P1M' },
      ],
    });
    // Refundable: the voucher alone, -5.00 - 1.00 = -6.00 TTC → refund clamped to 0.00.
    expect(figures(assessWithdrawal(order, at('2026-03-03T10:00:00+01:00'))).refund).toBe('0.00');
  });

  it('the refund never exceeds what is refundable', () => {
    const order = makeOrder({
      lines: [
        { description: 'Installation', detailType: 'INSTALLATION', unitPrice: '10.00' },
        { description: 'Remise', detailType: 'VOUCHER', unitPrice: '-5.00', duration: 'P1M' },
      ],
    });
    // Paid: HT 5.00, TTC 6.00. Consumed 2 … 5 March = 4 of 31 days: -5.00 × 4/31 = -0.645 → -0.65,
    // VAT -0.13, TTC -0.78. 6.00 + 0.78 = 6.78 would exceed what was paid: capped at 6.00.
    expect(figures(assessWithdrawal(order, at('2026-03-05T10:00:00+01:00')))).toMatchObject({
      paid: '6.00',
      deductionTTC: '-0.78',
      refund: '6.00',
    });
  });

  it('consumption across summer time counts calendar days in Paris', () => {
    const D = '2026-03-20T10:00:00+01:00';
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['delivering', D],
        ['delivered', '2026-03-20T10:30:00+01:00'],
      ],
    });
    // Request Fri 3 April 23:30 (+02:00). Consumed 20 March … 3 April = 12 + 3 = 15 days; P1M to 20 April = 31.
    // 12.99 × 15/31 = 6.2855 → 6.29; VAT 1.258 → 1.26; TTC 7.55. Paid 15.59; refund 8.04.
    expect(figures(assessWithdrawal(order, at('2026-04-03T23:30:00+02:00')))).toMatchObject({
      lines: ['0 12.99 15/31 → 6.29'],
      deductionTTC: '7.55',
      refund: '8.04',
    });
  });
});
