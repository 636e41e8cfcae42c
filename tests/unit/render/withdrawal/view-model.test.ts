/**
 * The withdrawal summary's view model: every string formatted and translated. Figures of
 * eligible-fr.yaml and tnd-en.yaml are worked out in withdraw-text.test.ts and withdraw-json.test.ts.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessWithdrawal } from '../../../../src/domain/withdrawal/index.ts';
import { withdrawalSummaryView } from '../../../../src/render/withdrawal/view-model.ts';
import { loadFixtureOrder } from '../../cli/withdraw-helpers.ts';

const NOW = Temporal.Instant.from('2026-06-01T00:00:00Z');
/** Intl puts a no-break space between amount and currency. */
const NBSP = '\u00a0';

async function viewOf(fixture: string, language: 'fr' | 'en') {
  const order = await loadFixtureOrder(fixture);
  const requested = order.retraction?.requestedAt.toInstant();
  if (requested === undefined) throw new Error('fixture without a request');
  return withdrawalSummaryView(order, assessWithdrawal(order, requested), NOW, language);
}

describe('withdrawalSummaryView', () => {
  it('formats the French summary: figures, days, due date and legal note', async () => {
    const view = await viewOf('eligible-fr.yaml', 'fr');
    expect(view.title).toBe('Rétractation de la commande 900000001');
    expect(view.refund).toBe(`11,79${NBSP}€`);
    expect(view.refundDue).toBe('8 avril 2026');
    expect(view.legalNote).toBe(
      'Le Code de la consommation (art. L221-24) fixe le délai légal de remboursement à 14 jours à compter de la demande, soit le 23 mars 2026.',
    );
    expect(view.refundRows).toEqual([
      { label: 'Montant payé TTC', value: `24,58${NBSP}€` },
      { label: 'Produits exclus, non remboursés (TTC)', value: `10,79${NBSP}€` },
      { label: 'Déduction des jours consommés HT', value: `1,67${NBSP}€` },
      { label: 'Déduction des jours consommés TTC', value: `2,00${NBSP}€` },
    ]);
    expect(view.lines.map((line) => [line.period, line.totalHT, line.periodDays, line.consumedDays, line.deduction, line.note])).toEqual([
      ['1 mois', `12,99${NBSP}€`, '31', '8', `3,35${NBSP}€`, null],
      ['1 mois', `-6,50${NBSP}€`, '31', '8', `-1,68${NBSP}€`, null],
      ['Ponctuel', `5,00${NBSP}€`, '—', '—', `0,00${NBSP}€`, 'Remboursé en totalité'],
      ['1 an', `8,99${NBSP}€`, '—', '—', '—', 'Exclu du droit de rétractation (art. L221-28) : non remboursé'],
    ]);
    expect(view.facts).toContainEqual({ label: 'Fin du délai de rétractation', value: '16 mars 2026 à 23:59' });
    expect(view.facts).toContainEqual({ label: 'Motif', value: 'Service non utilisé' });
    expect(view.warnings).toHaveLength(3);
    expect(view.generatedAt).toBe('Document généré le 1 juin 2026 à 02:00');
  });

  it('pre-fills the legal model form: addressee, services, dates, consumer; no signature', async () => {
    const { form } = await viewOf('eligible-fr.yaml', 'fr');
    expect(form).toEqual({
      heading: 'Formulaire de rétractation',
      legalBasis: 'Annexe à l’article R221-1 du Code de la consommation',
      instruction:
        '(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)',
      addresseeLabel: 'À l’attention de',
      addressee: {
        name: 'OVH SAS',
        addressLines: ['2 rue Kellermann', '59100 Roubaix', 'France'],
        email: 'retractation@ovhcloud.example',
      },
      notice:
        'Je/Nous vous notifie/notifions par la présente ma/notre rétractation du contrat portant sur la prestation de services ci-dessous :',
      // Not the discount (not a service) nor the excluded domain (not withdrawn).
      services: ['VPS Comfort — vps-3f9a1c2d.vps.ovh.net', "Frais d'installation"],
      orderedOnLabel: 'Commandé le',
      orderedOn: '2 mars 2026',
      receivedOnLabel: 'Reçu le',
      receivedOn: '2 mars 2026',
      consumerNameLabel: 'Nom du (des) consommateur(s)',
      consumerName: 'Dominique Martin',
      consumerAddressLabel: 'Adresse du (des) consommateur(s)',
      consumerAddressLines: ['12 rue des Lilas', '59100 Roubaix', 'France'],
      signatureLabel:
        'Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier)',
      dateLabel: 'Date',
      date: '9 mars 2026',
    });
  });

  it('speaks English with the Directive wording and prints TND with three decimals', async () => {
    const view = await viewOf('tnd-en.yaml', 'en');
    expect(view.lang).toBe('en');
    expect(view.title).toBe('Withdrawal from order 900000010');
    expect(view.refund).toBe('TND\u00a0140.050');
    expect(view.refundDue).toBe('9 June 2026');
    expect(view.form.notice).toBe(
      'I/We hereby give notice that I/We withdraw from my/our contract for the provision of the following service:',
    );
    expect(view.form.addressee.addressLines).toEqual(['Rue du Lac Windermere', '1053 Tunis', 'Tunisia']);
    expect(view.lines[0]).toMatchObject({ period: '1 year', periodDays: '365', consumedDays: '7', deduction: 'TND\u00a02.301' });
    expect(view.timeZoneNote).toBe('Dates and times are in the Africa/Tunis time zone.');
  });
});
