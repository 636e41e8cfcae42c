/**
 * Test builders for domain orders: small, explicit defaults (an FR individual customer, one
 * delivered 12.99 EUR monthly line at 20 %), overridden per test.
 */
import { Temporal } from 'temporal-polyfill';
import type { CustomerType, DetailType, HistoryEvent, OrderStatus } from '../../../src/domain/enums.ts';
import { parseMoney, parseRate } from '../../../src/domain/money.ts';
import type { HistoryEntry, Order, OrderLine, Retraction } from '../../../src/domain/order.ts';
import type { Subsidiary } from '../../../src/domain/subsidiary.ts';
import { calendar } from './calendars.ts';

const SELLER_ADDRESS = { street: '2 rue Kellermann', postalCode: '59100', city: 'Roubaix', country: 'FR' };
const ALL_MEANS = { individual: ['creditCard', 'paypal', 'bankAccount'] } as const;

export const FR: Subsidiary = {
  code: 'FR',
  currency: 'EUR',
  language: 'fr',
  timeZone: 'Europe/Paris',
  vatRate: parseRate('20'),
  holidays: 'FR',
  holidayCalendar: calendar('FR'),
  seller: { name: 'OVH SAS', address: SELLER_ADDRESS, email: 'retractation@ovhcloud.example' },
  paymentMeans: {
    individual: ALL_MEANS.individual,
    corporation: ['creditCard', 'paypal', 'bankAccount', 'transfer', 'deferredPaymentAccount'],
    association: ['creditCard', 'paypal', 'bankAccount', 'transfer'],
    administration: ['transfer', 'deferredPaymentAccount'],
    other: ALL_MEANS.individual,
  },
  withdrawal: { days: 14, refundDays: 30 },
};

export const TN: Subsidiary = {
  ...FR,
  code: 'TN',
  currency: 'TND',
  timeZone: 'Africa/Tunis',
  vatRate: parseRate('19'),
  holidays: 'TN',
  holidayCalendar: calendar('TN'),
  paymentMeans: { ...FR.paymentMeans, individual: ['creditCard', 'edinar'] },
};

export const SN: Subsidiary = {
  ...FR,
  code: 'SN',
  currency: 'XOF',
  timeZone: 'Africa/Dakar',
  vatRate: parseRate('18'),
  holidays: 'SN',
  holidayCalendar: calendar('SN'),
};

/** Québec: GST 5 % + QST 9.975 %, named per language; withdrawal terms added for the refund tests. */
export const QC: Subsidiary = {
  ...FR,
  code: 'QC',
  currency: 'CAD',
  timeZone: 'America/Toronto',
  vatRate: parseRate('14.975'),
  taxes: [
    { name: { text: 'GST', byLanguage: { en: 'GST', fr: 'TPS' } }, rate: parseRate('5') },
    { name: { text: 'QST', byLanguage: { en: 'QST', fr: 'TVQ' } }, rate: parseRate('9.975') },
  ],
  holidays: 'CA',
  holidayCalendar: calendar('CA'),
};

/** A subsidiary without withdrawal terms. */
export const NO_WITHDRAWAL: Subsidiary = {
  code: 'XX',
  currency: FR.currency,
  language: FR.language,
  timeZone: FR.timeZone,
  vatRate: FR.vatRate,
  holidays: FR.holidays,
  holidayCalendar: FR.holidayCalendar,
  seller: FR.seller,
  paymentMeans: FR.paymentMeans,
};

export interface LineSpec {
  readonly description?: string;
  readonly detailType?: DetailType;
  readonly domain?: string;
  readonly quantity?: number;
  /** Decimal text in the subsidiary's currency. */
  readonly unitPrice?: string;
  readonly duration?: string;
  readonly withdrawalExcluded?: boolean;
  readonly vatRate?: string;
}

export interface OrderSpec {
  readonly orderId?: number;
  readonly subsidiary?: Subsidiary;
  /** ISO date-time with offset or zone, e.g. 2026-03-02T10:15:00+01:00. */
  readonly date?: string;
  readonly expirationDate?: string;
  readonly customerType?: CustomerType;
  readonly lines?: readonly LineSpec[];
  /** [status, at, event?]; default: notPaid at the order date, then delivered the same day. */
  readonly history?: readonly (readonly [OrderStatus, string, HistoryEvent?])[];
  readonly retraction?: { readonly requestedAt: string; readonly confirmed?: boolean };
}

export function zoned(text: string, subsidiary: Subsidiary = FR): Temporal.ZonedDateTime {
  return Temporal.Instant.from(text).toZonedDateTimeISO(subsidiary.timeZone);
}

export function makeLine(spec: LineSpec, index: number, subsidiary: Subsidiary = FR): OrderLine {
  const unitPrice = parseMoney(spec.unitPrice ?? '12.99', subsidiary.currency);
  const quantity = spec.quantity ?? 1;
  return {
    index,
    description: spec.description ?? `Line ${index + 1}`,
    detailType: spec.detailType ?? 'DURATION',
    ...(spec.domain === undefined ? {} : { domain: spec.domain }),
    quantity,
    unitPrice,
    totalPrice: { minor: unitPrice.minor * BigInt(quantity), currency: unitPrice.currency },
    ...(spec.duration === undefined ? {} : { duration: spec.duration }),
    withdrawalExcluded: spec.withdrawalExcluded ?? false,
    ...(spec.vatRate === undefined
      ? { vatRate: subsidiary.vatRate, ...(subsidiary.taxes === undefined ? {} : { taxes: subsidiary.taxes }) }
      : { vatRate: parseRate(spec.vatRate) }),
  };
}

export function makeOrder(spec: OrderSpec = {}): Order {
  const subsidiary = spec.subsidiary ?? FR;
  const dateText = spec.date ?? '2026-03-02T10:15:00+01:00';
  const history: HistoryEntry[] = (
    spec.history ?? [
      ['notPaid', dateText],
      ['checking', dateText, 'PAYMENT_RECEIVED'],
      ['delivering', dateText, 'ORDER_ACCEPTED'],
      ['delivered', dateText, 'DELIVERY'],
    ]
  ).map(([status, at, event]) => ({ status, at: zoned(at, subsidiary), ...(event === undefined ? {} : { event }) }));
  const retraction: Retraction | undefined =
    spec.retraction === undefined
      ? undefined
      : {
          requestedAt: zoned(spec.retraction.requestedAt, subsidiary),
          reason: 'unused',
          confirmed: spec.retraction.confirmed ?? true,
        };
  return {
    orderId: spec.orderId ?? 218764523,
    subsidiary,
    date: zoned(dateText, subsidiary),
    ...(spec.expirationDate === undefined ? {} : { expirationDate: zoned(spec.expirationDate, subsidiary) }),
    language: subsidiary.language,
    customer: {
      nichandle: 'dm12345-ovh',
      type: spec.customerType ?? 'individual',
      name: 'Dominique Martin',
      email: 'dominique.martin@example.fr',
      address: { street: '12 rue des Lilas', postalCode: '59100', city: 'Roubaix', country: 'FR' },
    },
    payment: { available: subsidiary.paymentMeans[spec.customerType ?? 'individual'] },
    autoRenew: false,
    details: (spec.lines ?? [{ description: 'VPS Comfort', duration: 'P1M' }]).map((line, index) =>
      makeLine(line, index, subsidiary),
    ),
    history,
    ...(retraction === undefined ? {} : { retraction }),
  };
}
