import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../../../src/domain/money.ts';
import { computeTotals, lineTotal } from '../../../src/domain/totals.ts';
import { makeOrder, SN, TN } from './make-order.ts';

const text = (totals: ReturnType<typeof computeTotals>) => ({
  ht: toDecimalString(totals.totalHT),
  vat: totals.vatByRate.map((g) => `${g.rate.percent}%: ${toDecimalString(g.base)} → ${toDecimalString(g.tax)}`),
  totalVAT: toDecimalString(totals.totalVAT),
  ttc: toDecimalString(totals.totalTTC),
});

describe('computeTotals', () => {
  it('EUR: a discount line and two VAT rates, VAT on the summed HT per rate', () => {
    const order = makeOrder({
      lines: [
        { unitPrice: '12.99', quantity: 3 }, // 38.97 at 20 %
        { unitPrice: '-6.50', detailType: 'VOUCHER' }, // -6.50 at 20 %
        { unitPrice: '0.33', quantity: 2, vatRate: '5.5' }, // 0.66 at 5.5 %
        { unitPrice: '0.33', vatRate: '5.5' }, // 0.33 at 5.5 %
      ],
    });
    expect(lineTotal(order.details[0] ?? fail())).toEqual({ minor: 3897n, currency: 'EUR' });
    // 20 %: 38.97 - 6.50 = 32.47 → 6.494 → 6.49
    // 5.5 %: 0.66 + 0.33 = 0.99 → 0.05445 → 0.05 (per line it would be 0.04 + 0.02 = 0.06)
    // HT 33.46, VAT 6.54, TTC 40.00
    expect(text(computeTotals(order))).toEqual({
      ht: '33.46',
      vat: ['20%: 32.47 → 6.49', '5.5%: 0.99 → 0.05'],
      totalVAT: '6.54',
      ttc: '40.00',
    });
  });

  it('TND (3 decimals) at 19 %', () => {
    const order = makeOrder({ subsidiary: TN, lines: [{ unitPrice: '10.125', quantity: 2 }, { unitPrice: '-1.005' }] });
    // HT 20.250 - 1.005 = 19.245; VAT 19.245 × 0.19 = 3.65655 → 3.657; TTC 22.902
    expect(text(computeTotals(order))).toEqual({
      ht: '19.245',
      vat: ['19%: 19.245 → 3.657'],
      totalVAT: '3.657',
      ttc: '22.902',
    });
  });

  it('XOF (no minor unit) at 18 %, halves rounded away from zero', () => {
    const order = makeOrder({ subsidiary: SN, lines: [{ unitPrice: '1025' }] });
    // 1025 × 0.18 = 184.5 → 185; TTC 1210
    expect(text(computeTotals(order))).toEqual({ ht: '1025', vat: ['18%: 1025 → 185'], totalVAT: '185', ttc: '1210' });
  });

  it('groups rates written differently but equal', () => {
    const order = makeOrder({
      lines: [
        { unitPrice: '10.00', vatRate: '20' },
        { unitPrice: '10.00', vatRate: '20.0' },
      ],
    });
    expect(computeTotals(order).vatByRate).toHaveLength(1);
  });
});

function fail(): never {
  throw new Error('missing line');
}
