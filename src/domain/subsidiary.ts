/** Reference data of one OVHcloud subsidiary (`data/subsidiaries.yaml`), in domain terms. */
import type { Currency, CustomerType, Language, PaymentMean } from './enums.ts';
import type { Rate } from './money.ts';
import type { PostalAddress } from './order.ts';
import type { TaxComponent } from './taxes.ts';
import type { HolidayCalendar } from './holidays/rule.ts';

export interface Seller {
  /** Legal name: the addressee of a withdrawal form. */
  readonly name: string;
  readonly address: PostalAddress;
  readonly email: string;
}

export interface WithdrawalTerms {
  /** Length of the withdrawal period in days (14 in the EU). */
  readonly days: number;
  /** Days after the request within which the refund is due (30 in the guide). */
  readonly refundDays: number;
  /** The legal limit for the refund in days (14 in the EU, Directive 2011/83/EU art. 13); absent: 14. */
  readonly legalRefundDays?: number;
  /** The law a withdrawal document cites (the country's transposition of Directive 2011/83/EU); absent: the Directive itself. */
  readonly legalReference?: string;
}

export interface Subsidiary {
  readonly code: string;
  readonly currency: Currency;
  readonly language: Language;
  /** IANA time zone, e.g. Europe/Paris. */
  readonly timeZone: string;
  /** The whole tax rate: the single VAT rate, or the sum of the components in `taxes`. */
  readonly vatRate: Rate;
  /** The tax's components, each rounded on its own (GST + QST); absent: one plain VAT at vatRate. */
  readonly taxes?: readonly TaxComponent[];
  /** The name of the holiday calendar that counts for business days and deadlines (e.g. FR). */
  readonly holidays: string;
  /** That calendar, from the reference data (`data/holidays.yaml` or the subsidiary's own list). */
  readonly holidayCalendar: HolidayCalendar;
  readonly seller: Seller;
  readonly paymentMeans: Readonly<Record<CustomerType, readonly PaymentMean[]>>;
  /** Absent: no consumer withdrawal right. */
  readonly withdrawal?: WithdrawalTerms;
}

export type Reference = ReadonlyMap<string, Subsidiary>;
