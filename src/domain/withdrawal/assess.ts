/**
 * Withdrawal assessment (DOMAIN.md §5): may the consumer still withdraw at `at`, every reason
 * that applies, and the refund figures. The order's state is taken as it was at `at` (the last
 * history entry not after it), so an order later cancelled because of this very request is
 * judged as it stood when the request was made. Figures are computed even when not eligible
 * (what the refund would be); `paid` is zero for an order never paid.
 */
import { Temporal } from 'temporal-polyfill';
import type { OrderStatus } from '../enums.ts';
import type { Order } from '../order.ts';
import { withdrawalDeadline } from './deadline.ts';
import type { WithdrawalReason } from './reasons.ts';
import { computeRefund, deliveryDay, type RefundFigures } from './refund.ts';

/**
 * The legal refund limit when the terms give none: 14 days (Directive 2011/83/EU art. 13;
 * Code de la consommation L221-24), shown next to the guide's 30 days.
 */
export const LEGAL_REFUND_DAYS = 14;

/** The refund figures (RefundFigures: paid, per line, deductions, refund) plus the verdict and its dates. */
export interface WithdrawalAssessment extends RefundFigures {
  readonly eligible: boolean;
  /** Every reason that applies; `eligible` is false iff one of them is blocking. */
  readonly reasons: readonly WithdrawalReason[];
  /** End of the withdrawal period; absent when the subsidiary gives no right. */
  readonly deadline?: Temporal.ZonedDateTime;
  /** The request instant, in the subsidiary's time zone. */
  readonly requestedAt: Temporal.ZonedDateTime;
  /** The order's status at the time of the request. */
  readonly statusAtRequest: OrderStatus;
  /** Delivery day (subsidiary zone), the start of consumption; absent if never delivered. */
  readonly deliveredOn?: Temporal.PlainDate;
  /** Request + the subsidiary's refundDays calendar days; absent when there is no right. */
  readonly refundDueDate?: Temporal.ZonedDateTime;
  /** The subsidiary's `withdrawal.legalRefundDays`, else LEGAL_REFUND_DAYS. */
  readonly legalRefundDays: number;
}

const PAID_STATUSES: readonly OrderStatus[] = [
  'checking',
  'documentsRequested',
  'delivering',
  'delivered',
  'cancelling',
];

/** The status the order had at `at`: the last entry not after it (the first entry if all are later). */
export function statusAt(order: Order, at: Temporal.Instant): OrderStatus {
  const before = order.history.filter((entry) => Temporal.Instant.compare(entry.at.toInstant(), at) <= 0);
  const entry = before.at(-1) ?? order.history[0];
  if (entry === undefined) throw new Error(`order ${order.orderId} has an empty history`);
  return entry.status;
}

function wasPaidBy(order: Order, at: Temporal.Instant): boolean {
  return order.history.some(
    (entry) => PAID_STATUSES.includes(entry.status) && Temporal.Instant.compare(entry.at.toInstant(), at) <= 0,
  );
}

function findReasons(
  order: Order,
  at: Temporal.Instant,
  status: OrderStatus,
  deadline: Temporal.ZonedDateTime | undefined,
): WithdrawalReason[] {
  const reasons: WithdrawalReason[] = [];
  const blocking = (code: WithdrawalReason['code'], lineIndex?: number): void => {
    reasons.push(lineIndex === undefined ? { code, blocking: true } : { code, lineIndex, blocking: true });
  };
  if (order.customer.type !== 'individual') blocking('WITHDRAWAL_NOT_CONSUMER');
  if (order.subsidiary.withdrawal === undefined) blocking('WITHDRAWAL_NO_RIGHT');
  // Before the order exists it was neither paid nor unpaid: its own reason, not "unpaid".
  if (Temporal.Instant.compare(at, order.date.toInstant()) < 0) blocking('WITHDRAWAL_REQUEST_BEFORE_ORDER');
  else if (status === 'notPaid') blocking('WITHDRAWAL_UNPAID');
  if (status === 'cancelled') blocking('WITHDRAWAL_ALREADY_CANCELLED');
  for (const line of order.details) if (line.detailType === 'RENEW') blocking('WITHDRAWAL_RENEWAL', line.index);
  const excluded = order.details.filter((line) => line.withdrawalExcluded);
  const allExcluded = excluded.length === order.details.length;
  for (const line of excluded)
    reasons.push({ code: 'WITHDRAWAL_EXCLUDED_LINE', lineIndex: line.index, blocking: false });
  if (allExcluded) blocking('WITHDRAWAL_ALL_LINES_EXCLUDED');
  if (deadline !== undefined && Temporal.Instant.compare(at, deadline.toInstant()) > 0) blocking('WITHDRAWAL_TOO_LATE');
  if (order.retraction?.confirmed === false) blocking('WITHDRAWAL_NOT_CONFIRMED');
  return reasons;
}

export function assessWithdrawal(order: Order, at: Temporal.Instant): WithdrawalAssessment {
  const { timeZone, withdrawal } = order.subsidiary;
  const requestedAt = at.toZonedDateTimeISO(timeZone);
  const deadline = withdrawalDeadline(order);
  const status = statusAt(order, at);
  const reasons = findReasons(order, at, status, deadline);
  const figures = computeRefund(order, requestedAt.toPlainDate(), wasPaidBy(order, at));
  const deliveredOn = deliveryDay(order);
  return {
    eligible: !reasons.some((reason) => reason.blocking),
    reasons,
    ...(deadline === undefined ? {} : { deadline }),
    requestedAt,
    statusAtRequest: status,
    ...(deliveredOn === undefined ? {} : { deliveredOn }),
    ...figures,
    ...(withdrawal === undefined ? {} : { refundDueDate: requestedAt.add({ days: withdrawal.refundDays }) }),
    legalRefundDays: withdrawal?.legalRefundDays ?? LEGAL_REFUND_DAYS,
  };
}
