/**
 * Which orders the order list shows (DOMAIN.md §2). An order form is expired once "now" is
 * past its expiration date; expired forms leave the default list. The Manager's filters:
 * running (En cours), completed (Terminées), expired (Expirées), all (Toutes).
 */
import { Temporal } from 'temporal-polyfill';
import type { OrderStatus } from './enums.ts';
import { currentStatus, type Order } from './order.ts';

export const LIST_VIEWS = ['running', 'completed', 'expired', 'all'] as const;
export type ListView = (typeof LIST_VIEWS)[number];
export type ListCategory = Exclude<ListView, 'all'>;

const COMPLETED_STATUSES: readonly OrderStatus[] = ['delivered', 'cancelled'];

/** True when the order has an expiration date and `now` is strictly after it. */
export function isExpired(order: Order, now: Temporal.Instant): boolean {
  return order.expirationDate !== undefined && Temporal.Instant.compare(now, order.expirationDate.toInstant()) > 0;
}

export function isCompleted(order: Order): boolean {
  return COMPLETED_STATUSES.includes(currentStatus(order));
}

/** The default order list: every non-expired order. */
export function isListedByDefault(order: Order, now: Temporal.Instant): boolean {
  return !isExpired(order, now);
}

/** Whether a filter shows the order: completed shows delivered/cancelled ones even once expired. */
export function inListView(order: Order, view: ListView, now: Temporal.Instant): boolean {
  switch (view) {
    case 'running':
      return !isCompleted(order) && !isExpired(order, now);
    case 'completed':
      return isCompleted(order);
    case 'expired':
      return isExpired(order, now);
    case 'all':
      return true;
  }
}

/** The order's main category, for a badge or grouping: completed first, then expired, else running. */
export function listView(order: Order, now: Temporal.Instant): ListCategory {
  if (isCompleted(order)) return 'completed';
  return isExpired(order, now) ? 'expired' : 'running';
}

/** The views (filters) that show this order, in LIST_VIEWS order. */
export function listViewsOf(order: Order, now: Temporal.Instant): ListView[] {
  return LIST_VIEWS.filter((view) => inListView(order, view, now));
}

/** An unpaid order past its expiration date: it will never complete (a validation warning). */
export function isUnpaidAndExpired(order: Order, now: Temporal.Instant): boolean {
  return currentStatus(order) === 'notPaid' && isExpired(order, now);
}

/** Orders newest first (the list's order), ties broken by order number, descending. */
export function compareNewestFirst(a: Order, b: Order): number {
  return Temporal.ZonedDateTime.compare(b.date, a.date) || b.orderId - a.orderId;
}
