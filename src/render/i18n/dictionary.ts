/** The typed dictionary every language of the order form fills in: no key can be missing. */
import type { PaymentMean } from '../../domain/enums.ts';

/** Units of a commitment period, singular and plural. */
export interface PeriodUnits {
  readonly year: readonly [one: string, other: string];
  readonly month: readonly [one: string, other: string];
  readonly week: readonly [one: string, other: string];
  readonly day: readonly [one: string, other: string];
}

export interface Dictionary {
  /** BCP 47 locale for Intl: dates, numbers, currencies. */
  readonly locale: string;
  readonly documentTitle: string;
  /** Title of the PDF and the HTML page: "Bon de commande 218764523". */
  readonly titleFor: (orderId: string) => string;
  readonly areas: {
    readonly identity: string;
    readonly billingContact: string;
    readonly defaultPayment: string;
    readonly paymentMeans: string;
  };
  readonly orderNumber: string;
  readonly createdOn: string;
  readonly expiresOn: string;
  readonly neverExpires: string;
  readonly status: string;
  readonly seller: string;
  readonly customer: string;
  readonly customerAccount: string;
  readonly noBillingContact: string;
  readonly noDefaultPayment: string;
  readonly autoRenew: string;
  readonly noPaymentMeans: string;
  readonly linesHeading: string;
  readonly columns: {
    readonly description: string;
    readonly period: string;
    readonly quantity: string;
    readonly unitPrice: string;
    readonly total: string;
  };
  readonly discount: string;
  readonly oneOff: string;
  readonly totalHT: string;
  readonly vatAt: (rate: string) => string;
  readonly vatBase: (base: string) => string;
  readonly totalTTC: string;
  readonly withdrawalUntil: (deadline: string) => string;
  readonly noWithdrawal: string;
  readonly timeZoneNote: (timeZone: string) => string;
  readonly generatedAt: (date: string) => string;
  /** "page" in "page 2 / 3". */
  readonly page: string;
  readonly paymentMeanNames: Readonly<Record<PaymentMean, string>>;
  readonly periodUnits: PeriodUnits;
  /** Joins period parts: "1 an et 6 mois". */
  readonly and: string;
}
