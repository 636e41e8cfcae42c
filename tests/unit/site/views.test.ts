import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS } from '../../../src/domain/lifecycle.ts';
import type { Order } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { pickExampleOrder } from '../../../src/site/live/pick-example.ts';
import { orderRows, siteOrderRows } from '../../../src/site/order-list-view.ts';
import { LIST_VIEWS } from '../../../src/domain/visibility.ts';
import { LANGUAGES } from '../../../src/domain/enums.ts';
import { orderPageView } from '../../../src/site/order-page-view.ts';
import { statusReference } from '../../../src/site/status-reference.ts';
import { withdrawalView } from '../../../src/site/withdrawal-view.ts';

const AS_OF = Temporal.Instant.from('2026-11-26T12:00:00+01:00');
let orders: Order[] = [];
const byId = (id: number): Order => {
  const order = orders.find((candidate) => candidate.orderId === id);
  if (order === undefined) throw new Error(`no order ${id} in data/orders`);
  return order;
};

beforeAll(async () => {
  const reference = await loadReference('data/subsidiaries.yaml');
  orders = (await loadOrders(['data/orders'], reference, AS_OF)).orders.map((loaded) => loaded.order);
});

describe('state reference', () => {
  it('lists every status with the lifecycle’s next statuses and its tracking step', () => {
    const rows = statusReference('fr');
    expect(rows.map((row) => row.status)).toEqual(['notPaid', 'checking', 'documentsRequested', 'delivering', 'delivered', 'cancelling', 'cancelled', 'unknown']);
    const notPaid = rows[0];
    expect(notPaid?.label).toBe('Paiement non reçu');
    expect(notPaid?.badge).toBe('error');
    expect(notPaid?.next.map((next) => next.status)).toEqual(ALLOWED_TRANSITIONS.notPaid);
    expect(notPaid?.next.map((next) => next.label)).toEqual(expect.arrayContaining(['Validation', 'Livraison en cours', 'Annulée']));
    expect(notPaid?.step).toBe('Votre commande est prise en compte — Bloquée');
    const cancelled = rows.find((row) => row.status === 'cancelled');
    expect(cancelled?.next).toEqual([]);
    expect(cancelled?.noNext).toBe('Aucun : état final');
  });

  it('speaks English on the English page', () => {
    expect(statusReference('en').find((row) => row.status === 'delivered')).toMatchObject({ label: 'Complete', badge: 'success', step: 'The product is available — Done' });
  });
});

describe('order list rows', () => {
  it('shows the non-expired orders by default, newest first, with the amount including taxes', () => {
    const rows = orderRows(orders, 'default', 'fr', AS_OF);
    expect(rows.some((row) => row.orderId === 218700121)).toBe(false);
    const dates = rows.map((row) => Temporal.Instant.from(row.dateIso).epochMilliseconds);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(rows[0]).toMatchObject({ orderId: 218700124, status: 'delivering', statusLabel: 'Livraison en cours', badge: 'info', dateText: '26/11/2026' });
    expect(rows[0]?.amountText).toBe('659,28\u00a0PLN');
  });

  it('gives the site the same rows as orderRows on every list page in every language, its rows made once per language', () => {
    const pages = ['default', ...LIST_VIEWS] as const;
    for (const asOf of [AS_OF, AS_OF.add({ hours: 24 * 400 })]) {
      for (const lang of LANGUAGES) {
        for (const page of pages) expect(siteOrderRows(orders, page, lang, asOf)).toEqual(orderRows(orders, page, lang, asOf));
      }
    }
    const [first] = siteOrderRows(orders, 'default', 'de', AS_OF);
    expect(siteOrderRows(orders, 'all', 'de', AS_OF).find((row) => row.orderId === first?.orderId)).toBe(first);
  });

  it('puts the unpaid expired order in the Expired view only', () => {
    expect(orderRows(orders, 'expired', 'en', AS_OF).map((row) => row.orderId)).toContain(218700121);
    expect(orderRows(orders, 'running', 'en', AS_OF).map((row) => row.orderId)).not.toContain(218700121);
  });
});

describe('order page', () => {
  it('derives the four steps from the status with their history events', () => {
    const view = orderPageView(byId(218700124), 'fr', AS_OF);
    expect(view.steps.map((step) => [step.label, step.state])).toEqual([
      ['Votre commande est prise en compte', 'DONE'],
      ['Votre commande est validée', 'DONE'],
      ['Votre produit est en cours de livraison', 'DOING'],
      ['Votre produit est disponible', 'TODO'],
    ]);
    expect(view.totals).toEqual({ ht: '536,00\u00a0PLN', vat: '123,28\u00a0PLN', ttc: '659,28\u00a0PLN' });
  });
});

describe('withdrawal status', () => {
  it('explains why a company cannot withdraw', () => {
    expect(withdrawalView(byId(218700124), 'fr', AS_OF)).toMatchObject({ kind: 'closed', reasons: ['le compte n’est pas celui d’un particulier (consommateur)'], hasSummary: false });
  });

  it('links the summary of an admissible request', () => {
    const view = withdrawalView(byId(218700104), 'en', AS_OF);
    expect(view).toMatchObject({ kind: 'requested', verdict: 'The request is admissible.', hasSummary: true, reasons: [] });
    expect(view.refund).toMatch(/^Refund due: €\d+\.\d{2}, by \d{1,2} [A-Z][a-z]+ 2026 at \d{2}:\d{2} at the latest\.$/);
  });

  it('gives the reasons of a refused request and produces no summary', () => {
    const view = withdrawalView(byId(218700106), 'en', AS_OF);
    expect(view).toMatchObject({ kind: 'requested', verdict: 'The request is not admissible:', hasSummary: false, reasons: ['the withdrawal period is over'] });
  });
});

describe('the guide’s example order', () => {
  it('has the four areas filled, for an individual, in the page’s language', () => {
    const example = pickExampleOrder(orders, 'fr', AS_OF);
    expect(example?.billingContact).toBeDefined();
    expect(example?.payment.default).toBeDefined();
    expect(example?.customer.type).toBe('individual');
    expect(example?.language).toBe('fr');
  });
});
