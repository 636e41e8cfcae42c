/**
 * A validated order in domain terms: money in integer minor units, instants as
 * Temporal.ZonedDateTime in the subsidiary's time zone. Built from a fixture by
 * `src/input/to-order.ts` once the fixture has passed the schema and the rules.
 */
import type { Temporal } from 'temporal-polyfill';
import type {
  CustomerType,
  DetailType,
  HistoryEvent,
  Language,
  OrderStatus,
  PaymentMean,
  RetractionReason,
} from './enums.ts';
import type { Money, Rate } from './money.ts';
import type { Subsidiary } from './subsidiary.ts';
import type { TaxComponent } from './taxes.ts';

export interface PostalAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

export interface Customer {
  readonly nichandle: string;
  readonly type: CustomerType;
  readonly name: string;
  readonly email: string;
  readonly address: PostalAddress;
}

export interface BillingContact {
  readonly nichandle: string;
  readonly name: string;
  readonly email: string;
}

export interface OrderLine {
  /** Position in `details` (0-based), kept for diagnostics and per-line reports. */
  readonly index: number;
  readonly description: string;
  readonly detailType: DetailType;
  readonly domain?: string;
  readonly quantity: number;
  /** Excluding tax; negative for a discount line. */
  readonly unitPrice: Money;
  /** quantity × unitPrice, excluding tax. */
  readonly totalPrice: Money;
  /** Commitment period as an ISO 8601 duration (`P1M`), prorated on withdrawal. */
  readonly duration?: string;
  readonly withdrawalExcluded: boolean;
  /** The whole tax rate of the line (the sum of its components). */
  readonly vatRate: Rate;
  /** The line's tax components (the subsidiary's `taxes`); absent: one plain VAT at vatRate. */
  readonly taxes?: readonly TaxComponent[];
}

export interface HistoryEntry {
  readonly status: OrderStatus;
  readonly at: Temporal.ZonedDateTime;
  readonly event?: HistoryEvent;
}

export interface Retraction {
  readonly requestedAt: Temporal.ZonedDateTime;
  readonly reason: RetractionReason;
  readonly comment?: string;
  readonly confirmed: boolean;
}

export interface Order {
  readonly orderId: number;
  readonly subsidiary: Subsidiary;
  readonly date: Temporal.ZonedDateTime;
  readonly expirationDate?: Temporal.ZonedDateTime;
  /** The order's language: the fixture's, else the subsidiary's. */
  readonly language: Language;
  readonly customer: Customer;
  readonly billingContact?: BillingContact;
  readonly payment: {
    readonly default?: { readonly mean: PaymentMean; readonly label?: string };
    /** The means offered on the form: the fixture's list, else every allowed mean. */
    readonly available: readonly PaymentMean[];
  };
  readonly autoRenew: boolean;
  readonly details: readonly OrderLine[];
  /** Oldest first; never empty; the last entry is the current status. */
  readonly history: readonly HistoryEntry[];
  readonly retraction?: Retraction;
}

/** The current status: the last history entry's. */
export function currentStatus(order: Order): OrderStatus {
  const last = order.history.at(-1);
  if (last === undefined) throw new Error(`order ${order.orderId} has an empty history`);
  return last.status;
}
