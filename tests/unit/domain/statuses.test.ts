import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, TRACKING_STEPS } from '../../../src/domain/enums.ts';
import { STATUS_CATALOGUE, TRACKING_STEP_CATALOGUE, statusInfo, stepInfo } from '../../../src/domain/statuses.ts';

describe('status catalogue (DOMAIN.md §3)', () => {
  it('has the Manager labels and badges verbatim', () => {
    const rows = ORDER_STATUSES.map((s) => {
      const info = statusInfo(s);
      return [s, info.label.fr, info.label.en, info.badge];
    });
    expect(rows).toEqual([
      ['notPaid', 'Paiement non reçu', 'Payment not received', 'error'],
      ['checking', 'Validation', 'Confirmation', 'info'],
      ['documentsRequested', 'En attente de documents', 'Awaiting documents', 'warning'],
      ['delivering', 'Livraison en cours', 'Delivery in progress', 'info'],
      ['delivered', 'Finalisée', 'Complete', 'success'],
      ['cancelling', 'Annulation en cours', 'Cancelling', 'info'],
      ['cancelled', 'Annulée', 'Cancelled', 'error'],
      ['unknown', 'Erreur', 'Unknown', 'warning'],
    ]);
  });

  it('gives every status a meaning and an action in both languages', () => {
    for (const info of Object.values(STATUS_CATALOGUE)) {
      for (const text of [info.meaning.fr, info.meaning.en, info.customerAction.fr, info.customerAction.en]) {
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });

  it('maps statuses to the tracking step they reach', () => {
    expect(ORDER_STATUSES.map((s) => statusInfo(s).tracking)).toEqual([
      { step: 'VALIDATING', state: 'ERROR' },
      { step: 'VALIDATING', state: 'DOING' },
      { step: 'VALIDATING', state: 'ERROR' },
      { step: 'DELIVERING', state: 'DOING' },
      { step: 'AVAILABLE', state: 'DONE' },
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('tracking steps (DOMAIN.md §4)', () => {
  it('are the four steps in order with the Manager labels', () => {
    expect(TRACKING_STEP_CATALOGUE.map((s) => s.step)).toEqual([...TRACKING_STEPS]);
    expect(TRACKING_STEP_CATALOGUE.map((s) => [s.label.fr, s.label.en])).toEqual([
      ['Votre commande est prise en compte', 'Your order has been processed'],
      ['Votre commande est validée', 'Your order is confirmed'],
      ['Votre produit est en cours de livraison', 'The product is being delivered'],
      ['Votre produit est disponible', 'The product is available'],
    ]);
    expect(stepInfo('VALIDATED').label.en).toBe('Your order is confirmed');
  });
});
