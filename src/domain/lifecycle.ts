/**
 * The order lifecycle (DOMAIN.md §3, our model): which status may follow which, and the
 * checks a status history must pass. Our policy: any status but `cancelled` may end
 * in `unknown` (the API reports a state the Manager cannot name); nothing leaves `unknown`.
 */
import { Temporal } from 'temporal-polyfill';
import type { OrderStatus } from './enums.ts';

export const INITIAL_STATUS = 'notPaid' satisfies OrderStatus;

export const ALLOWED_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  notPaid: ['checking', 'delivering', 'cancelled', 'unknown'],
  checking: ['documentsRequested', 'delivering', 'cancelled', 'unknown'],
  documentsRequested: ['checking', 'cancelled', 'unknown'],
  delivering: ['delivered', 'cancelling', 'unknown'],
  delivered: ['cancelling', 'unknown'],
  cancelling: ['cancelled', 'unknown'],
  cancelled: [],
  unknown: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export type HistoryProblemKind = 'mustStartNotPaid' | 'illegalTransition' | 'timeGoesBack' | 'beforeOrderDate';

export interface HistoryProblem {
  /** Index of the offending entry in the history. */
  readonly index: number;
  readonly kind: HistoryProblemKind;
  /** The entry's status. */
  readonly status: OrderStatus;
  /** The previous entry's status (illegalTransition, timeGoesBack). */
  readonly previous?: OrderStatus;
  /** The statuses allowed after `previous` (illegalTransition). */
  readonly allowed?: readonly OrderStatus[];
}

export interface HistoryItem {
  readonly status: OrderStatus;
  readonly at: Temporal.Instant;
}

/**
 * Every problem of a status history, oldest entry first: it must start at notPaid, follow
 * ALLOWED_TRANSITIONS, have non-decreasing timestamps, and not start before the order date.
 */
export function checkHistory(history: readonly HistoryItem[], orderDate: Temporal.Instant): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  history.forEach((entry, index) => {
    const previous = index > 0 ? history[index - 1] : undefined;
    if (previous === undefined) {
      if (entry.status !== INITIAL_STATUS) problems.push({ index, kind: 'mustStartNotPaid', status: entry.status });
    } else {
      if (!canTransition(previous.status, entry.status)) {
        problems.push({
          index,
          kind: 'illegalTransition',
          status: entry.status,
          previous: previous.status,
          allowed: ALLOWED_TRANSITIONS[previous.status],
        });
      }
      if (Temporal.Instant.compare(entry.at, previous.at) < 0) {
        problems.push({ index, kind: 'timeGoesBack', status: entry.status, previous: previous.status });
      }
    }
    if (Temporal.Instant.compare(entry.at, orderDate) < 0) {
      problems.push({ index, kind: 'beforeOrderDate', status: entry.status });
    }
  });
  return problems;
}
