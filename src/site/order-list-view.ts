/**
 * The order list's rows ("Voir mes commandes"): date, number, status badge, amount TTC, newest
 * first, for one list page. Pure: the orders, the as-of instant and the language are inputs.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language, OrderStatus } from '../domain/enums.ts';
import { currentStatus, type Order } from '../domain/order.ts';
import { statusInfo, type Badge } from '../domain/statuses.ts';
import { statusLabel } from '../render/i18n/labels.ts';
import { computeTotals } from '../domain/totals.ts';
import { compareNewestFirst, inListView, isExpired, isListedByDefault } from '../domain/visibility.ts';
import { siteText } from './i18n/site-text.ts';
import type { ListPage } from './routes.ts';
import { formatMoney, formatShortDate } from '../render/format.ts';

export interface OrderRow {
  readonly orderId: number;
  /** The order's language: which locale holds its page (order-locales.ts). */
  readonly language: Language;
  /** ISO date-time with offset, for <time datetime>. */
  readonly dateIso: string;
  readonly dateText: string;
  readonly status: OrderStatus;
  readonly statusLabel: string;
  readonly badge: Badge;
  readonly amountText: string;
  readonly expired: boolean;
}

export function isOnListPage(order: Order, page: ListPage, asOf: Temporal.Instant): boolean {
  return page === 'default' ? isListedByDefault(order, asOf) : inListView(order, page, asOf);
}

export function orderRow(order: Order, lang: Language, asOf: Temporal.Instant): OrderRow {
  const status = currentStatus(order);
  const info = statusInfo(status);
  const { locale } = siteText(lang);
  return {
    orderId: order.orderId,
    language: order.language,
    dateIso: order.date.toString({ timeZoneName: 'never' }),
    dateText: formatShortDate(order.date, locale),
    status,
    statusLabel: statusLabel(status, lang),
    badge: info.badge,
    amountText: formatMoney(computeTotals(order).totalTTC, locale),
    expired: isExpired(order, asOf),
  };
}

/** The rows of one list page, newest first. */
export function orderRows(orders: readonly Order[], page: ListPage, lang: Language, asOf: Temporal.Instant): OrderRow[] {
  return orders
    .filter((order) => isOnListPage(order, page, asOf))
    .sort(compareNewestFirst)
    .map((order) => orderRow(order, lang, asOf));
}
