/**
 * One tax line per component on the order form and on the withdrawal summary, named from the
 * reference data in the document's language. Figures worked by hand in tests/unit/domain/taxes.test.ts
 * and below.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../../src/domain/totals.ts';
import { assessWithdrawal } from '../../../src/domain/withdrawal/index.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { orderFormView } from '../../../src/render/order-form/view-model.ts';
import { withdrawalSummaryView } from '../../../src/render/withdrawal/view-model.ts';
import { makeOrder, QC } from '../domain/make-order.ts';

const NBSP = '\u00a0';
const NOW = Temporal.Instant.from('2026-11-26T12:00:00+01:00');

describe('the shipped Québec order 218700133 (data/orders/north-america.yaml)', async () => {
  const reference = await loadReference('data/subsidiaries.yaml');
  const { orders } = await loadOrders(['data/orders/north-america.yaml'], reference, NOW);
  const order = orders.find((loaded) => loaded.order.orderId === 218700133)?.order;
  if (order === undefined) throw new Error('order 218700133 is shipped');

  it('prints TPS and TVQ each rounded on its own: 6.46 → 0.323 → 0.32 and 0.644385 → 0.64, TTC 7.42', () => {
    const view = orderFormView(order, computeTotals(order), NOW, 'fr');
    expect(view.vatRows).toEqual([
      { label: `TPS 5${NBSP}%`, base: `sur 6,46${NBSP}$CA`, amount: `0,32${NBSP}$CA` },
      { label: `TVQ 9,975${NBSP}%`, base: `sur 6,46${NBSP}$CA`, amount: `0,64${NBSP}$CA` },
    ]);
    // One combined 14.975 % would have given 0.967 → 0.97 and 7.43.
    expect(view.totalTTC).toBe(`7,42${NBSP}$CA`);
  });

  it('names them GST and QST in English', () => {
    const view = orderFormView(order, computeTotals(order), NOW, 'en');
    expect(view.vatRows.map((row) => [row.label, row.amount])).toEqual([
      ['GST 5%', 'CA$0.32'],
      ['QST 9.975%', 'CA$0.64'],
    ]);
  });
});

describe('the withdrawal summary', () => {
  it('shows the deduction’s tax per component between the deduction excluding and including tax', () => {
    // 10.10 P1M, 8 of 31 days: deduction 2.61, TPS 0.13, TVQ 0.26, TTC 3.00; paid 11.62, refund 8.62.
    const order = makeOrder({
      subsidiary: { ...QC, withdrawal: { days: 14, refundDays: 30 } },
      date: '2026-03-02T10:00:00-05:00',
      lines: [{ unitPrice: '10.10', duration: 'P1M' }],
    });
    const assessment = assessWithdrawal(order, Temporal.Instant.from('2026-03-09T12:00:00-05:00'));
    const view = withdrawalSummaryView(order, assessment, NOW, 'fr');
    expect(view.refundRows).toEqual([
      { label: 'Montant payé TTC', value: `11,62${NBSP}$CA` },
      { label: 'Déduction des jours consommés HT', value: `2,61${NBSP}$CA` },
      { label: `TPS 5${NBSP}%`, value: `0,13${NBSP}$CA` },
      { label: `TVQ 9,975${NBSP}%`, value: `0,26${NBSP}$CA` },
      { label: 'Déduction des jours consommés TTC', value: `3,00${NBSP}$CA` },
    ]);
    expect(view.refund).toBe(`8,62${NBSP}$CA`);
  });
});
