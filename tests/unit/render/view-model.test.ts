import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../../src/domain/totals.ts';
import { orderFormView } from '../../../src/render/order-form/view-model.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from './fixture-orders.ts';

const NNBSP = '\u202f'; // fr-FR group separator
const NBSP = '\u00a0'; // before the currency sign

describe('orderFormView in French (EUR order)', async () => {
  const order = await fixtureOrder(ORDER_IDS.eur);
  const view = orderFormView(order, computeTotals(order), AS_OF, 'fr');

  it('formats the identity area in the subsidiary zone', () => {
    expect(view.lang).toBe('fr');
    expect(view.title).toBe('Bon de commande 218764523');
    expect(view.orderNumber).toBe('218764523');
    expect(view.createdOn).toBe('2 mars 2026 à 10:15');
    expect(view.expiresOn).toBe('16 mars 2026 à 23:59');
    expect(view.status).toEqual({ label: 'Finalisée', badge: 'success' });
    expect(view.pageFooter).toEqual({ titleCss: '"Bon de commande 218764523"', pageCss: '"page"' });
  });

  it('shows the parties, the billing contact and the payment areas', () => {
    expect(view.seller).toEqual({
      name: 'OVH SAS',
      addressLines: ['2 rue Kellermann', '59100 Roubaix', 'France'],
      email: 'retractation@ovhcloud.example',
    });
    expect(view.customer.addressLines).toEqual(['12 rue des Lilas', '59100 Roubaix', 'France']);
    expect(view.billingContact).toEqual({ nichandle: 'dm12345-ovh', name: 'Dominique Martin', email: 'factures@example.fr' });
    expect(view.defaultPayment).toEqual({ mean: 'Carte bancaire', label: 'Visa •••• 4242' });
    expect(view.autoRenew).toBe('Renouvellement automatique activé');
    expect(view.paymentMeans).toEqual(['Carte bancaire', 'PayPal', 'Prélèvement SEPA']);
  });

  it('formats every line, marks the discount and translates periods', () => {
    expect(view.lines.map((line) => [line.description, line.period, line.quantity, line.unitPrice, line.total, line.isDiscount])).toEqual([
      ['VPS Comfort', '1 mois', '1', `12,99${NBSP}€`, `12,99${NBSP}€`, false],
      ['Remise de bienvenue -50 % le premier mois', '1 mois', '1', `-6,50${NBSP}€`, `-6,50${NBSP}€`, true],
      ['Nom de domaine martin-écologie.fr', '1 an', '2', `8,39${NBSP}€`, `16,78${NBSP}€`, false],
      ["Serveur dédié Advance-1 (frais d'installation)", 'Ponctuel', '1', `1${NNBSP}234,56${NBSP}€`, `1${NNBSP}234,56${NBSP}€`, false],
    ]);
    expect(view.lines[0]?.service).toBe('vps-3f9a1c2d.vps.ovh.net');
    expect(view.lines[1]?.service).toBeNull();
  });

  it('prints the totals: 1257.83 HT, VAT 20 % 251.566 → 251.57, TTC 1509.40', () => {
    expect(view.totalHT).toBe(`1${NNBSP}257,83${NBSP}€`);
    expect(view.vatRows).toEqual([{ label: `TVA 20${NBSP}%`, base: `sur 1${NNBSP}257,83${NBSP}€`, amount: `251,57${NBSP}€` }]);
    expect(view.totalTTC).toBe(`1${NNBSP}509,40${NBSP}€`);
  });

  it('gives the withdrawal deadline (2 March + 14 days, a Monday) and the as-of, never the clock', () => {
    expect(view.withdrawal).toBe("Droit de rétractation : jusqu'au 16 mars 2026 à 23:59 (Directive 2011/83/UE relative aux droits des consommateurs)");
    expect(view.generatedAt).toBe('Document généré le 5 mars 2026 à 13:00');
    expect(view.timeZoneNote).toBe('Dates et heures exprimées dans le fuseau Europe/Paris.');
  });
});

describe('orderFormView in English', async () => {
  const order = await fixtureOrder(ORDER_IDS.eur);
  const view = orderFormView(order, computeTotals(order), AS_OF, 'en');

  it('translates labels, dates, periods and amounts', () => {
    expect(view.title).toBe('Order form 218764523');
    expect(view.labels.areaBillingContact).toBe('Billing contact');
    expect(view.createdOn).toBe('2 March 2026 at 10:15');
    expect(view.status.label).toBe('Complete');
    expect(view.lines.map((line) => line.period)).toEqual(['1 month', '1 month', '1 year', 'One-off']);
    expect(view.totalHT).toBe('€1,257.83');
    expect(view.vatRows[0]?.label).toBe('VAT 20%');
    expect(view.totalTTC).toBe('€1,509.40');
    expect(view.paymentMeans).toEqual(['Credit card', 'PayPal', 'SEPA direct debit']);
    expect(view.withdrawal).toBe('Right of withdrawal: until 16 March 2026 at 23:59 (Directive 2011/83/EU on consumer rights)');
  });
});

describe('orderFormView of other currencies and missing areas', () => {
  it('TND keeps 3 decimals: 37.875 HT, VAT 19 % 7.19625 → 7.196, TTC 45.071; no billing contact', async () => {
    const order = await fixtureOrder(ORDER_IDS.tnd);
    const view = orderFormView(order, computeTotals(order), AS_OF, 'fr');
    expect(view.lines.map((line) => line.total)).toEqual([`30,750${NBSP}TND`, `7,125${NBSP}TND`]);
    expect(view.totalHT).toBe(`37,875${NBSP}TND`);
    expect(view.vatRows.map((row) => row.amount)).toEqual([`7,196${NBSP}TND`]);
    expect(view.totalTTC).toBe(`45,071${NBSP}TND`);
    expect(view.billingContact).toBeNull();
    expect(view.noBillingContact).toBe("Aucun : le client n'était pas connecté lors de la commande");
    expect(view.expiresOn).toBe("Pas d'expiration");
    expect(view.status).toEqual({ label: 'Paiement non reçu', badge: 'error' });
    // A corporation has no consumer withdrawal right; TN gives none anyway.
    expect(view.withdrawal).toBe("Droit de rétractation : ne s'applique pas à cette commande");
  });

  it('XOF has no decimals: 11499 HT, VAT 18 % 2069.82 → 2070, TTC 13569; no default payment mean', async () => {
    const order = await fixtureOrder(ORDER_IDS.xof);
    const view = orderFormView(order, computeTotals(order), AS_OF, 'fr');
    const cfa = `${NBSP}F${NNBSP}CFA`;
    expect(view.lines.map((line) => line.unitPrice)).toEqual([`4${NNBSP}500${cfa}`, `7${NNBSP}999${cfa}`, `-1${NNBSP}000${cfa}`]);
    expect(view.totalHT).toBe(`11${NNBSP}499${cfa}`);
    expect(view.vatRows.map((row) => row.label)).toEqual([`TVA 18${NBSP}%`]);
    expect(view.vatRows.map((row) => row.amount)).toEqual([`2${NNBSP}070${cfa}`]);
    expect(view.totalTTC).toBe(`13${NNBSP}569${cfa}`);
    expect(view.defaultPayment).toBeNull();
    expect(view.noDefaultPayment).toBe('Aucun moyen de paiement par défaut enregistré');
    expect(view.createdOn).toBe('10 juin 2026 à 16:45');
    expect(view.lines[2]?.isDiscount).toBe(true);
  });

  it('GBP in English for the 65-line order: 2145.00 HT, VAT 429.00, TTC 2574.00', async () => {
    const order = await fixtureOrder(ORDER_IDS.long);
    const view = orderFormView(order, computeTotals(order), AS_OF, order.language);
    expect(view.lang).toBe('en');
    expect(view.lines).toHaveLength(65);
    expect(view.lines[64]).toMatchObject({ position: '65', description: 'Public Cloud instance b3-8 #65', total: '£65.00' });
    expect([view.totalHT, view.vatRows[0]?.amount, view.totalTTC]).toEqual(['£2,145.00', '£429.00', '£2,574.00']);
    expect(view.defaultPayment).toEqual({ mean: 'Bank transfer', label: null });
    expect(view.createdOn).toBe('15 January 2026 at 08:30');
  });
});
