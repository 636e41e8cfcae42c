/**
 * The typed dictionary every language of the documents fills in (order form, withdrawal
 * summary, status and tracking labels): no key can be missing. One file per language.
 */
import type { OrderStatus, PaymentMean, RetractionReason, TrackingStep } from '../../domain/enums.ts';
import type { WithdrawalReasonCode } from '../../domain/withdrawal/reasons.ts';

/**
 * A word's forms by plural category of the language (`Intl.PluralRules`): French and English
 * use one/other, Polish one/few/many (1 rok, 2 lata, 5 lat), Portuguese one/many/other. A
 * category a language does not list falls back to `other`.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Units of a commitment period. */
export interface PeriodUnits {
  readonly year: PluralForms;
  readonly month: PluralForms;
  readonly week: PluralForms;
  readonly day: PluralForms;
}

/** The withdrawal summary's words. The model form follows Directive 2011/83/EU, Annex I(B). */
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
  /** The legal refund limit: `law` is the subsidiary's legal reference, `days` "14 jours", `date` the day. */
  readonly legalNote: (law: string, days: string, date: string) => string;
  readonly guideNote: string;
  readonly warningsHeading: string;
  readonly warnings: readonly string[];
  readonly form: {
    readonly heading: string;
    /** Where the model comes from: the Directive's annex, then the national law when the subsidiary names one. */
    readonly legalBasis: (law: string | undefined) => string;
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
  /** The verdict on a request: "La demande est recevable." / "… n’est pas recevable :" (a list of reasons follows). */
  readonly verdict: { readonly eligible: string; readonly notEligible: string };
  /** Why a request is refused or qualified, as a clause that follows the verdict. */
  readonly reasonTexts: Readonly<Record<WithdrawalReasonCode, string>>;
}

export interface Dictionary {
  /** BCP 47 locale for Intl: dates, numbers, currencies, plural rules. */
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
  /** The form's withdrawal note: the deadline and the law that gives the right. */
  readonly withdrawalUntil: (deadline: string, law: string) => string;
  readonly noWithdrawal: string;
  /** The law cited when a subsidiary names none: the Directive, in this language. */
  readonly directive: string;
  readonly timeZoneNote: (timeZone: string) => string;
  readonly generatedAt: (date: string) => string;
  /** "page" in "page 2 / 3". */
  readonly page: string;
  readonly paymentMeanNames: Readonly<Record<PaymentMean, string>>;
  readonly periodUnits: PeriodUnits;
  /** Joins period parts: "1 an et 6 mois". */
  readonly and: string;
  /** The Manager's status labels (order form badge, order list, order page). */
  readonly statuses: Readonly<Record<OrderStatus, string>>;
  /** The Manager's labels of the four tracking steps. */
  readonly steps: Readonly<Record<TrackingStep, string>>;
  readonly withdrawal: WithdrawalStrings;
}
