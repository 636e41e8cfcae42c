/**
 * The catalogue of order statuses and tracking steps (DOMAIN.md §3, §4): badge colours and the
 * tracking step each status reaches. The words (the Manager's labels, what each status means,
 * what the customer should do) are display text: they live in each language's dictionary
 * (`src/render/i18n/<lang>.ts`: `statuses`, `steps`; `src/site/i18n/<lang>.ts`: `statusDetails`).
 */
import type { OrderStatus, StepState, TrackingStep } from './enums.ts';

export type Badge = 'error' | 'info' | 'warning' | 'success';

export interface StatusInfo {
  readonly status: OrderStatus;
  readonly badge: Badge;
  /**
   * The tracking step this status reaches and its state there; undefined when it depends on
   * the history (cancelling, cancelled: the step reached before, then ERROR) or is unknown.
   */
  readonly tracking?: { readonly step: TrackingStep; readonly state: StepState };
}

export const STATUS_CATALOGUE: Readonly<Record<OrderStatus, StatusInfo>> = {
  notPaid: { status: 'notPaid', badge: 'error', tracking: { step: 'VALIDATING', state: 'ERROR' } },
  checking: { status: 'checking', badge: 'info', tracking: { step: 'VALIDATING', state: 'DOING' } },
  documentsRequested: { status: 'documentsRequested', badge: 'warning', tracking: { step: 'VALIDATING', state: 'ERROR' } },
  delivering: { status: 'delivering', badge: 'info', tracking: { step: 'DELIVERING', state: 'DOING' } },
  delivered: { status: 'delivered', badge: 'success', tracking: { step: 'AVAILABLE', state: 'DONE' } },
  cancelling: { status: 'cancelling', badge: 'info' },
  cancelled: { status: 'cancelled', badge: 'error' },
  unknown: { status: 'unknown', badge: 'warning' },
};

export function statusInfo(status: OrderStatus): StatusInfo {
  return STATUS_CATALOGUE[status];
}
