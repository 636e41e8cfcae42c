/**
 * What the order-form template prints: every string already formatted and translated.
 * Absent values are `null` (never missing keys): the templates run in Handlebars' strict mode.
 */
import type { Language } from '../../domain/enums.ts';
import type { Badge } from '../../domain/statuses.ts';

export interface PartyView {
  readonly name: string;
  /** Street, postal code and city, country: one entry per printed line. */
  readonly addressLines: readonly string[];
  readonly email: string;
}

export interface CustomerView extends PartyView {
  readonly nichandle: string;
}

export interface BillingContactView {
  readonly name: string;
  readonly nichandle: string;
  readonly email: string;
}

export interface LineView {
  /** 1-based position, as printed. */
  readonly position: string;
  readonly description: string;
  /** The service (domain) the line delivers, or null. */
  readonly service: string | null;
  readonly period: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly total: string;
  readonly isDiscount: boolean;
}

export interface VatRowView {
  readonly label: string;
  readonly base: string;
  readonly amount: string;
}

export interface OrderFormLabels {
  readonly documentTitle: string;
  readonly areaIdentity: string;
  readonly areaBillingContact: string;
  readonly areaDefaultPayment: string;
  readonly areaPaymentMeans: string;
  readonly orderNumber: string;
  readonly createdOn: string;
  readonly expiresOn: string;
  readonly status: string;
  readonly seller: string;
  readonly customer: string;
  readonly customerAccount: string;
  readonly linesHeading: string;
  readonly colPosition: string;
  readonly colDescription: string;
  readonly colPeriod: string;
  readonly colQuantity: string;
  readonly colUnitPrice: string;
  readonly colTotal: string;
  readonly discount: string;
  readonly totalHT: string;
  readonly totalTTC: string;
}

export interface OrderFormView {
  readonly lang: Language;
  /** "Bon de commande 218764523": the HTML title and the PDF's Title. */
  readonly title: string;
  /**
   * The printed footer of every page (CSS page-margin boxes): the title on the left, "page 2 / 3"
   * on the right. Both are CSS string literals, escaped (`cssString`).
   */
  readonly pageFooter: { readonly titleCss: string; readonly pageCss: string };
  readonly labels: OrderFormLabels;
  readonly orderNumber: string;
  readonly createdOn: string;
  readonly expiresOn: string;
  readonly status: { readonly label: string; readonly badge: Badge };
  readonly seller: PartyView;
  readonly customer: CustomerView;
  readonly billingContact: BillingContactView | null;
  /** Shown in area 2 when there is no billing contact. */
  readonly noBillingContact: string;
  readonly defaultPayment: { readonly mean: string; readonly label: string | null } | null;
  readonly noDefaultPayment: string;
  /** "Renouvellement automatique activé", or null. */
  readonly autoRenew: string | null;
  readonly paymentMeans: readonly string[];
  readonly noPaymentMeans: string;
  readonly lines: readonly LineView[];
  readonly totalHT: string;
  readonly vatRows: readonly VatRowView[];
  readonly totalTTC: string;
  /** "Droit de rétractation : jusqu'au …" or the sentence saying it does not apply. */
  readonly withdrawal: string;
  readonly timeZoneNote: string;
  readonly generatedAt: string;
}
