/**
 * The catalogue of order statuses and tracking steps (DOMAIN.md §3, §4): the Manager's labels
 * (verbatim), badge colours, what each status means and what the customer should do. The site's
 * status reference page is generated from this table.
 */
import type { OrderStatus, StepState, TrackingStep } from './enums.ts';

export type Badge = 'error' | 'info' | 'warning' | 'success';

export interface Localized {
  readonly fr: string;
  readonly en: string;
}

export interface StatusInfo {
  readonly status: OrderStatus;
  readonly label: Localized;
  readonly badge: Badge;
  readonly meaning: Localized;
  readonly customerAction: Localized;
  /**
   * The tracking step this status reaches and its state there; undefined when it depends on
   * the history (cancelling, cancelled: the step reached before, then ERROR) or is unknown.
   */
  readonly tracking?: { readonly step: TrackingStep; readonly state: StepState };
}

export const STATUS_CATALOGUE: Readonly<Record<OrderStatus, StatusInfo>> = {
  notPaid: {
    status: 'notPaid',
    label: { fr: 'Paiement non reçu', en: 'Payment not received' },
    badge: 'error',
    meaning: {
      fr: "Aucun paiement n'a encore été reçu. Sans paiement, la commande n'est jamais finalisée et disparaît à sa date d'expiration.",
      en: 'No payment has been received yet. Without payment the order is never completed and disappears on its expiration date.',
    },
    customerAction: {
      fr: "Payez le bon de commande avant sa date d'expiration si vous souhaitez toujours le service ; sinon, ne faites rien.",
      en: 'Pay the order form before its expiration date if you still want the service; otherwise, do nothing.',
    },
    tracking: { step: 'VALIDATING', state: 'ERROR' },
  },
  checking: {
    status: 'checking',
    label: { fr: 'Validation', en: 'Confirmation' },
    badge: 'info',
    meaning: {
      fr: 'Nos équipes vérifient la commande manuellement, uniquement les jours ouvrés.',
      en: 'Our staff are checking the order by hand, on business days only.',
    },
    customerAction: {
      fr: 'Patientez ; si la vérification ne peut aboutir, un e-mail vous demandera des justificatifs.',
      en: 'Wait; if the check cannot be completed, an e-mail will ask you for supporting documents.',
    },
    tracking: { step: 'VALIDATING', state: 'DOING' },
  },
  documentsRequested: {
    status: 'documentsRequested',
    label: { fr: 'En attente de documents', en: 'Awaiting documents' },
    badge: 'warning',
    meaning: {
      fr: 'Des justificatifs vous ont été demandés pour terminer la vérification de la commande.',
      en: 'Supporting documents were requested to finish checking the order.',
    },
    customerAction: {
      fr: "Envoyez les documents demandés dans l'e-mail reçu ; la validation reprendra à leur réception.",
      en: 'Send the documents asked for in the e-mail you received; the check resumes once they arrive.',
    },
    tracking: { step: 'VALIDATING', state: 'ERROR' },
  },
  delivering: {
    status: 'delivering',
    label: { fr: 'Livraison en cours', en: 'Delivery in progress' },
    badge: 'info',
    meaning: {
      fr: "Le service est en cours d'installation : de quelques minutes à quelques heures selon le produit.",
      en: 'The service is being set up: from minutes to hours depending on the product.',
    },
    customerAction: {
      fr: 'Rien à faire : vous serez prévenu par e-mail dès que le service sera prêt.',
      en: 'Nothing to do: you will be told by e-mail as soon as the service is ready.',
    },
    tracking: { step: 'DELIVERING', state: 'DOING' },
  },
  delivered: {
    status: 'delivered',
    label: { fr: 'Finalisée', en: 'Complete' },
    badge: 'success',
    meaning: {
      fr: "La commande est livrée ; les informations d'accès ont été envoyées par e-mail lorsque le produit en nécessite.",
      en: 'The order is delivered; access details were e-mailed when the product needs them.',
    },
    customerAction: {
      fr: "Utilisez votre service ; consultez l'e-mail de livraison pour vos accès.",
      en: 'Use your service; see the delivery e-mail for your access details.',
    },
    tracking: { step: 'AVAILABLE', state: 'DONE' },
  },
  cancelling: {
    status: 'cancelling',
    label: { fr: 'Annulation en cours', en: 'Cancelling' },
    badge: 'info',
    meaning: {
      fr: 'Une demande de rétractation est en cours de traitement.',
      en: 'A withdrawal request is being processed.',
    },
    customerAction: {
      fr: 'Rien à faire : le remboursement suivra selon le récapitulatif de rétractation.',
      en: 'Nothing to do: the refund follows as stated in the withdrawal summary.',
    },
  },
  cancelled: {
    status: 'cancelled',
    label: { fr: 'Annulée', en: 'Cancelled' },
    badge: 'error',
    meaning: {
      fr: "La commande a été annulée ou a fait l'objet d'une rétractation.",
      en: 'The order was cancelled or withdrawn.',
    },
    customerAction: {
      fr: 'Rien à faire ; passez une nouvelle commande si vous souhaitez de nouveau le service.',
      en: 'Nothing to do; place a new order if you want the service again.',
    },
  },
  unknown: {
    status: 'unknown',
    label: { fr: 'Erreur', en: 'Unknown' },
    badge: 'warning',
    meaning: {
      fr: "L'état de la commande ne correspond à aucun état connu.",
      en: 'The order is in a state that matches no known status.',
    },
    customerAction: {
      fr: 'Contactez le support en indiquant le numéro de commande.',
      en: 'Contact support, quoting the order number.',
    },
  },
};

export interface StepInfo {
  readonly step: TrackingStep;
  readonly label: Localized;
}

/** The four tracking steps, in order, with the Manager's labels. */
export const TRACKING_STEP_CATALOGUE: readonly StepInfo[] = [
  { step: 'VALIDATING', label: { fr: 'Votre commande est prise en compte', en: 'Your order has been processed' } },
  { step: 'VALIDATED', label: { fr: 'Votre commande est validée', en: 'Your order is confirmed' } },
  {
    step: 'DELIVERING',
    label: { fr: 'Votre produit est en cours de livraison', en: 'The product is being delivered' },
  },
  { step: 'AVAILABLE', label: { fr: 'Votre produit est disponible', en: 'The product is available' } },
];

export function statusInfo(status: OrderStatus): StatusInfo {
  return STATUS_CATALOGUE[status];
}

export function stepInfo(step: TrackingStep): StepInfo {
  const info = TRACKING_STEP_CATALOGUE.find((candidate) => candidate.step === step);
  if (info === undefined) throw new Error(`no tracking step ${step}`);
  return info;
}
