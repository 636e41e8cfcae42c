/**
 * What the withdrawal-summary template prints: every string formatted and translated. Absent
 * values are `null`, never missing keys (the templates run in Handlebars' strict mode).
 */
import type { Language } from '../../domain/enums.ts';
import type { Badge } from '../../domain/statuses.ts';

export interface PartyLinesView {
  readonly name: string;
  /** Street, postal code and city, country: one entry per printed line. */
  readonly addressLines: readonly string[];
}

export interface AddresseeView extends PartyLinesView {
  readonly email: string;
}

export interface FactView {
  readonly label: string;
  readonly value: string;
}

export interface WithdrawalLineView {
  /** 1-based position in the order, as printed. */
  readonly position: string;
  readonly description: string;
  readonly service: string | null;
  readonly totalHT: string;
  readonly period: string;
  /** Real length of the period in days, or "—". */
  readonly periodDays: string;
  /** Days consumed, or "—" for a one-off or excluded line. */
  readonly consumedDays: string;
  readonly deduction: string;
  /** "Refunded in full", "Excluded from withdrawal…", or null. */
  readonly note: string | null;
  readonly excluded: boolean;
}

export interface WithdrawalLabels {
  readonly documentTitle: string;
  readonly summaryHeading: string;
  readonly servicesHeading: string;
  readonly colPosition: string;
  readonly colDescription: string;
  readonly colTotalHT: string;
  readonly colPeriod: string;
  readonly colPeriodDays: string;
  readonly colConsumedDays: string;
  readonly colDeduction: string;
  readonly refundHeading: string;
  readonly refund: string;
  readonly refundDue: string;
  readonly warningsHeading: string;
}

export interface ModelFormView {
  readonly heading: string;
  readonly legalBasis: string;
  readonly instruction: string;
  readonly addresseeLabel: string;
  readonly addressee: AddresseeView;
  readonly notice: string;
  /** The services withdrawn from: "VPS Comfort — vps-1.example.net". */
  readonly services: readonly string[];
  readonly orderedOnLabel: string;
  readonly orderedOn: string;
  readonly receivedOnLabel: string;
  readonly receivedOn: string;
  readonly consumerNameLabel: string;
  readonly consumerName: string;
  readonly consumerAddressLabel: string;
  readonly consumerAddressLines: readonly string[];
  readonly signatureLabel: string;
  readonly dateLabel: string;
  readonly date: string;
}

export interface WithdrawalSummaryView {
  readonly lang: Language;
  /** "Rétractation de la commande 218764523": the HTML title and the PDF's Title. */
  readonly title: string;
  /** The print footer's CSS strings: title left, "page N / M" right (see templates/partials/document-head.hbs). */
  readonly pageFooter: { readonly titleCss: string; readonly pageCss: string };
  readonly labels: WithdrawalLabels;
  readonly seller: AddresseeView;
  readonly orderNumber: string;
  readonly status: { readonly label: string; readonly badge: Badge };
  /** Order number, dates, deadline, reason: label/value pairs. */
  readonly facts: readonly FactView[];
  readonly lines: readonly WithdrawalLineView[];
  /** Paid, excluded share (when any), deductions HT and TTC. */
  readonly refundRows: readonly FactView[];
  readonly refund: string;
  readonly refundDue: string;
  readonly legalNote: string;
  readonly guideNote: string;
  readonly warnings: readonly string[];
  readonly form: ModelFormView;
  readonly timeZoneNote: string;
  readonly generatedAt: string;
}
