import { describe, expect, it } from 'vitest';
import { LANGUAGES, ORDER_STATUSES, TRACKING_STEPS } from '../../../src/domain/enums.ts';
import { statusInfo } from '../../../src/domain/statuses.ts';
import { statusLabel, stepLabel } from '../../../src/render/i18n/labels.ts';
import { siteText } from '../../../src/site/i18n/site-text.ts';

describe('status catalogue (DOMAIN.md §3)', () => {
  it('has the Manager labels (fr, en) and badges verbatim', () => {
    const rows = ORDER_STATUSES.map((s) => [s, statusLabel(s, 'fr'), statusLabel(s, 'en'), statusInfo(s).badge]);
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

  it('gives every status a distinct label, a meaning and an action in every language', () => {
    for (const lang of LANGUAGES) {
      const labels = ORDER_STATUSES.map((s) => statusLabel(s, lang));
      expect(new Set(labels).size, lang).toBe(ORDER_STATUSES.length);
      for (const status of ORDER_STATUSES) {
        const { meaning, action } = siteText(lang).statusDetails[status];
        expect(meaning.length, `${lang} ${status}`).toBeGreaterThan(20);
        expect(action.length, `${lang} ${status}`).toBeGreaterThan(20);
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
    expect(TRACKING_STEPS.map((s) => [stepLabel(s, 'fr'), stepLabel(s, 'en')])).toEqual([
      ['Votre commande est prise en compte', 'Your order has been processed'],
      ['Votre commande est validée', 'Your order is confirmed'],
      ['Votre produit est en cours de livraison', 'The product is being delivered'],
      ['Votre produit est disponible', 'The product is available'],
    ]);
    expect(TRACKING_STEPS.map((s) => stepLabel(s, 'de'))).toEqual([
      'Ihre Bestellung wird bearbeitet',
      'Ihre Bestellung ist bestätigt',
      'Ihr Produkt wird bereitgestellt',
      'Ihr Produkt ist verfügbar',
    ]);
  });
});
