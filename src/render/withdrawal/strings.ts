/**
 * The withdrawal summary's strings (fr, en). The model form's wording is the legal one: the
 * annex to article R221-1 of the Code de la consommation and Directive 2011/83/EU, Annex I(B).
 */
import type { Language, RetractionReason } from '../../domain/enums.ts';

export interface WithdrawalStrings {
  readonly documentTitle: string;
  readonly titleFor: (orderId: string) => string;
  readonly summaryHeading: string;
  readonly orderNumber: string;
  readonly orderedOn: string;
  readonly deliveredOn: string;
  readonly notDelivered: string;
  readonly requestedAt: string;
  readonly deadline: string;
  readonly reason: string;
  readonly comment: string;
  readonly reasonNames: Readonly<Record<RetractionReason, string>>;
  readonly servicesHeading: string;
  readonly columns: {
    readonly description: string;
    readonly totalHT: string;
    readonly period: string;
    readonly periodDays: string;
    readonly consumedDays: string;
    readonly deduction: string;
  };
  readonly oneOff: string;
  readonly fullRefund: string;
  readonly excluded: string;
  readonly refundHeading: string;
  readonly paid: string;
  readonly notRefunded: string;
  readonly deductionHT: string;
  readonly deductionTTC: string;
  readonly refund: string;
  readonly refundDue: string;
  readonly legalNote: (days: string, date: string) => string;
  readonly guideNote: string;
  readonly warningsHeading: string;
  readonly warnings: readonly string[];
  readonly form: {
    readonly heading: string;
    readonly legalBasis: string;
    readonly instruction: string;
    readonly addressee: string;
    readonly notice: string;
    readonly orderedOn: string;
    readonly receivedOn: string;
    readonly consumerName: string;
    readonly consumerAddress: string;
    readonly signature: string;
    readonly date: string;
  };
  readonly timeZoneNote: (timeZone: string) => string;
  readonly generatedAt: (date: string) => string;
}

const fr: WithdrawalStrings = {
  documentTitle: 'Rétractation',
  titleFor: (orderId) => `Rétractation de la commande ${orderId}`,
  summaryHeading: 'Récapitulatif de la demande',
  orderNumber: 'Numéro de commande',
  orderedOn: 'Commande passée le',
  deliveredOn: 'Livrée le',
  notDelivered: 'Non livrée',
  requestedAt: 'Demande de rétractation le',
  deadline: 'Fin du délai de rétractation',
  reason: 'Motif',
  comment: 'Commentaire',
  reasonNames: {
    competitor: 'Offre concurrente',
    difficulty: "Difficulté d'utilisation",
    expensive: 'Trop cher',
    other: 'Autre',
    performance: 'Performances',
    reliability: 'Fiabilité',
    unused: 'Service non utilisé',
  },
  servicesHeading: 'Services concernés et jours consommés',
  columns: {
    description: 'Service',
    totalHT: 'Total HT',
    period: 'Durée',
    periodDays: 'Jours de la période',
    consumedDays: 'Jours consommés',
    deduction: 'Déduction HT',
  },
  oneOff: 'Ponctuel',
  fullRefund: 'Remboursé en totalité',
  excluded: 'Exclu du droit de rétractation (art. L221-28) : non remboursé',
  refundHeading: 'Remboursement',
  paid: 'Montant payé TTC',
  notRefunded: 'Produits exclus, non remboursés (TTC)',
  deductionHT: 'Déduction des jours consommés HT',
  deductionTTC: 'Déduction des jours consommés TTC',
  refund: 'Montant remboursé TTC',
  refundDue: 'Remboursement au plus tard le',
  legalNote: (days, date) =>
    `Le Code de la consommation (art. L221-24) fixe le délai légal de remboursement à ${days} jours à compter de la demande, soit le ${date}.`,
  guideNote:
    'Vous serez remboursé des sommes initialement versées, déduction faite des jours de services consommés au prorata temporis, dans un délai de 30 jours à compter de la demande de rétractation.',
  warningsHeading: 'Avant de confirmer',
  warnings: [
    "L'annulation s'applique à l'ensemble des produits de la commande.",
    "Elle prend effet immédiatement.",
    'Toutes les données associées aux services de la commande seront supprimées de manière irréversible.',
  ],
  form: {
    heading: 'Formulaire de rétractation',
    legalBasis: 'Annexe à l’article R221-1 du Code de la consommation',
    instruction:
      '(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)',
    addressee: 'À l’attention de',
    notice:
      'Je/Nous vous notifie/notifions par la présente ma/notre rétractation du contrat portant sur la prestation de services ci-dessous :',
    orderedOn: 'Commandé le',
    receivedOn: 'Reçu le',
    consumerName: 'Nom du (des) consommateur(s)',
    consumerAddress: 'Adresse du (des) consommateur(s)',
    signature: 'Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier)',
    date: 'Date',
  },
  timeZoneNote: (timeZone) => `Dates et heures exprimées dans le fuseau ${timeZone}.`,
  generatedAt: (date) => `Document généré le ${date}`,
};

const en: WithdrawalStrings = {
  documentTitle: 'Withdrawal',
  titleFor: (orderId) => `Withdrawal from order ${orderId}`,
  summaryHeading: 'Request summary',
  orderNumber: 'Order number',
  orderedOn: 'Ordered on',
  deliveredOn: 'Delivered on',
  notDelivered: 'Not delivered',
  requestedAt: 'Withdrawal requested on',
  deadline: 'End of the withdrawal period',
  reason: 'Reason',
  comment: 'Comment',
  reasonNames: {
    competitor: 'Competing offer',
    difficulty: 'Difficult to use',
    expensive: 'Too expensive',
    other: 'Other',
    performance: 'Performance',
    reliability: 'Reliability',
    unused: 'Service not used',
  },
  servicesHeading: 'Services concerned and days consumed',
  columns: {
    description: 'Service',
    totalHT: 'Total excl. VAT',
    period: 'Period',
    periodDays: 'Days in period',
    consumedDays: 'Days consumed',
    deduction: 'Deduction excl. VAT',
  },
  oneOff: 'One-off',
  fullRefund: 'Refunded in full',
  excluded: 'Excluded from withdrawal (art. L221-28): not refunded',
  refundHeading: 'Refund',
  paid: 'Amount paid incl. VAT',
  notRefunded: 'Excluded products, not refunded (incl. VAT)',
  deductionHT: 'Deduction for days consumed excl. VAT',
  deductionTTC: 'Deduction for days consumed incl. VAT',
  refund: 'Amount refunded incl. VAT',
  refundDue: 'Refund due by',
  legalNote: (days, date) =>
    `The French Consumer Code (art. L221-24) sets the legal refund limit at ${days} days from the request, that is ${date}.`,
  guideNote:
    'You will be refunded the sums paid, less the days of service consumed pro rata temporis, within 30 days of the withdrawal request.',
  warningsHeading: 'Before you confirm',
  warnings: [
    'Cancelling applies to every product in the order.',
    'It takes effect immediately.',
    'All data of the services in the order will be deleted irreversibly.',
  ],
  form: {
    heading: 'Model withdrawal form',
    legalBasis: 'Directive 2011/83/EU, Annex I(B); annex to article R221-1 of the French Consumer Code',
    instruction: '(Complete and return this form only if you wish to withdraw from the contract.)',
    addressee: 'To',
    notice:
      'I/We hereby give notice that I/We withdraw from my/our contract for the provision of the following service:',
    orderedOn: 'Ordered on',
    receivedOn: 'Received on',
    consumerName: 'Name of consumer(s)',
    consumerAddress: 'Address of consumer(s)',
    signature: 'Signature of consumer(s) (only if this form is notified on paper)',
    date: 'Date',
  },
  timeZoneNote: (timeZone) => `Dates and times are in the ${timeZone} time zone.`,
  generatedAt: (date) => `Document generated on ${date}`,
};

const STRINGS: Readonly<Record<Language, WithdrawalStrings>> = { fr, en };

export function withdrawalStrings(language: Language): WithdrawalStrings {
  return STRINGS[language];
}
