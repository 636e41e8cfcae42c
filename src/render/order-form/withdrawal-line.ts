/**
 * The form's withdrawal sentence: the deadline when the right applies (a consumer, in a
 * subsidiary that gives the right) and the law that gives it, else that it does not apply.
 */
import type { Order } from '../../domain/order.ts';
import { withdrawalDeadline } from '../../domain/withdrawal/deadline.ts';
import { formatDateTime } from '../format.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { legalReference } from '../legal-reference.ts';

export function withdrawalLine(order: Order, d: Dictionary): string {
  const deadline = order.customer.type === 'individual' ? withdrawalDeadline(order) : undefined;
  if (deadline === undefined) return d.noWithdrawal;
  return d.withdrawalUntil(formatDateTime(deadline, d.locale, order.subsidiary.timeZone), legalReference(order.subsidiary, d));
}
