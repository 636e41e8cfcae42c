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

interface RowsMade {
  readonly asOf: Temporal.Instant;
  /** The orders of each list page, newest first (the same in every language). */
  readonly pages: Map<ListPage, readonly Order[]>;
  /** Each order's row in each language (the same on every list page). */
  readonly rows: Map<Language, Map<number, OrderRow>>;
}

const made = new WeakMap<readonly Order[], RowsMade>();

/**
 * orderRows for the site's build, where every language has the same five list pages over the
 * same orders: each page's orders are chosen and sorted once, each order's row made once per
 * language, instead of once per page and language. Same rows as orderRows (tested); the
 * orders array must not change afterwards (the site's data is read once per data version).
 */
export function siteOrderRows(orders: readonly Order[], page: ListPage, lang: Language, asOf: Temporal.Instant): OrderRow[] {
  let cache = made.get(orders);
  if (cache === undefined || !cache.asOf.equals(asOf)) {
    cache = { asOf, pages: new Map(), rows: new Map() };
    made.set(orders, cache);
  }
  let listed = cache.pages.get(page);
  if (listed === undefined) {
    listed = orders.filter((order) => isOnListPage(order, page, asOf)).sort(compareNewestFirst);
    cache.pages.set(page, listed);
  }
  let rows = cache.rows.get(lang);
  if (rows === undefined) {
    rows = new Map();
    cache.rows.set(lang, rows);
  }
  const languageRows = rows;
  return listed.map((order) => {
    const known = languageRows.get(order.orderId);
    if (known !== undefined) return known;
    const row = orderRow(order, lang, asOf);
    languageRows.set(order.orderId, row);
    return row;
  });
}
