/** Words of the live illustrations in the guide (order form excerpt, menu, cancel dialog). */
import type { Language } from '../../domain/enums.ts';

export interface LiveText {
  readonly formTitle: (id: number) => string;
  readonly openForm: string;
  readonly areas: readonly [string, string, string, string];
  readonly number: string;
  readonly created: string;
  readonly expires: string;
  readonly never: string;
  readonly noBilling: string;
  readonly noDefault: string;
  readonly autoRenew: string;
  readonly listCaption: (shown: number, total: number) => string;
  readonly seeAll: string;
  readonly trackerCaption: (id: number) => string;
  readonly menuCaption: string;
  readonly menu: readonly [string, string, string];
  readonly dialogTitle: string;
  readonly dialogWarning: string;
  readonly dialogCheckbox: string;
  readonly dialogCancel: string;
  readonly dialogConfirm: string;
  readonly dialogCaption: string;
  readonly mockNote: string;
  readonly noOrder: string;
}

export const LIVE_TEXT: Readonly<Record<Language, LiveText>> = {
  fr: {
    formTitle: (id) => `Bon de commande n° ${id}`,
    openForm: 'Ouvrir le bon de commande complet',
    areas: ['Identité du bon de commande', 'Contact facturation', 'Moyen de paiement par défaut', 'Moyens de paiement proposés'],
    number: 'Numéro :',
    created: 'Créé le',
    expires: 'Expire le',
    never: 'n’expire pas',
    noBilling: 'Aucun : la commande a été passée sans être connecté.',
    noDefault: 'Aucun moyen de paiement par défaut enregistré.',
    autoRenew: 'Renouvellement automatique activé',
    listCaption: (shown, total) => `Les ${shown} commandes les plus récentes sur ${total} non expirées.`,
    seeAll: 'Voir toute la liste',
    trackerCaption: (id) => `Le suivi de la commande ${id}.`,
    menuCaption: 'Le menu « … » d’une commande.',
    menu: ['Suivi de commande', 'Voir la commande au format HTML', 'Annuler la commande'],
    dialogTitle: 'Annuler la commande',
    dialogWarning: 'L’annulation porte sur tous les produits de la commande, prend effet immédiatement et supprime définitivement toutes les données associées.',
    dialogCheckbox: 'Oui, je désire annuler cette commande',
    dialogCancel: 'Retour',
    dialogConfirm: 'Valider',
    dialogCaption: 'La fenêtre de confirmation (reproduction statique).',
    mockNote: 'Reproduction statique : aucun bouton n’est actif.',
    noOrder: 'Aucune commande n’est disponible pour illustrer cette étape.',
  },
  en: {
    formTitle: (id) => `Order form no. ${id}`,
    openForm: 'Open the full order form',
    areas: ['Order form identity', 'Billing contact', 'Default payment method', 'Payment methods offered'],
    number: 'Number:',
    created: 'Created on',
    expires: 'Expires on',
    never: 'does not expire',
    noBilling: 'None: the order was placed without logging in.',
    noDefault: 'No default payment method registered.',
    autoRenew: 'Automatic renewal enabled',
    listCaption: (shown, total) => `The ${shown} most recent of ${total} orders that have not expired.`,
    seeAll: 'See the whole list',
    trackerCaption: (id) => `The tracking of order ${id}.`,
    menuCaption: 'The “…” menu of an order.',
    menu: ['Order tracking', 'View the order in HTML format', 'Cancel the order'],
    dialogTitle: 'Cancel the order',
    dialogWarning: 'Cancelling applies to every product of the order, takes effect at once and permanently deletes all the related data.',
    dialogCheckbox: 'Yes, I want to cancel this order',
    dialogCancel: 'Back',
    dialogConfirm: 'Confirm',
    dialogCaption: 'The confirmation window (static reproduction).',
    mockNote: 'Static reproduction: no button works.',
    noOrder: 'No order is available to illustrate this step.',
  },
};
