/**
 * The order the guide shows as its example: one with all four areas filled (billing contact,
 * default payment method), in the page's language and for an individual if possible, delivered
 * and still within its withdrawal period if possible; the newest wins ties. Pure, deterministic.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import { currentStatus, type Order } from '../../domain/order.ts';
import { compareNewestFirst, isExpired } from '../../domain/visibility.ts';
import { isWithdrawalOpen } from '../../domain/withdrawal/deadline.ts';

function score(order: Order, lang: Language, asOf: Temporal.Instant): number {
  let points = 0;
  if (order.billingContact !== undefined) points += 8;
  if (order.payment.default !== undefined) points += 8;
  if (order.language === lang) points += 4;
  if (order.customer.type === 'individual') points += 4;
  if (!isExpired(order, asOf)) points += 2;
  if (currentStatus(order) === 'delivered') points += 2;
  if (order.customer.type === 'individual' && isWithdrawalOpen(order, asOf)) points += 1;
  return points;
}

export function pickExampleOrder(orders: readonly Order[], lang: Language, asOf: Temporal.Instant): Order | undefined {
  let best: { order: Order; points: number } | undefined;
  for (const order of [...orders].sort(compareNewestFirst)) {
    const points = score(order, lang, asOf);
    if (best === undefined || points > best.points) best = { order, points };
  }
  return best?.order;
}
