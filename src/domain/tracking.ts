/**
 * The four-step order tracking (DOMAIN.md §4, "Our derivation"), derived from the current
 * status; each step lists the history entries that belong to it.
 */
import type { HistoryEvent, OrderStatus, StepState, TrackingStep } from './enums.ts';
import { TRACKING_STEPS } from './enums.ts';
import type { Temporal } from 'temporal-polyfill';
import { currentStatus, type HistoryEntry, type Order } from './order.ts';

export interface TrackingEvent {
  readonly event?: HistoryEvent;
  readonly status: OrderStatus;
  readonly at: Temporal.ZonedDateTime;
}

export interface TrackingStepView {
  readonly step: TrackingStep;
  readonly state: StepState;
  /** The history entries of this step, oldest first. */
  readonly events: readonly TrackingEvent[];
}

const CANCEL_STATUSES: readonly OrderStatus[] = ['cancelling', 'cancelled'];

/** Our policy: the step each status's history entry belongs to (null: the step reached before it). */
const STATUS_STEP: Readonly<Record<OrderStatus, TrackingStep | null>> = {
  notPaid: 'VALIDATING',
  checking: 'VALIDATING',
  documentsRequested: 'VALIDATING',
  delivering: 'DELIVERING',
  delivered: 'AVAILABLE',
  cancelling: null,
  cancelled: null,
  unknown: null,
};

/** Events that mark a step of their own, whatever the entry's status: acceptance = VALIDATED. */
const EVENT_STEP: Partial<Readonly<Record<HistoryEvent, TrackingStep>>> = { ORDER_ACCEPTED: 'VALIDATED' };

/** The states of the four steps for a (non-cancel) status, per DOMAIN.md §4. */
function statesFor(status: OrderStatus): readonly StepState[] {
  switch (status) {
    case 'notPaid':
    case 'documentsRequested':
      return ['ERROR', 'TODO', 'TODO', 'TODO'];
    case 'checking':
      return ['DOING', 'TODO', 'TODO', 'TODO'];
    case 'delivering':
      return ['DONE', 'DONE', 'DOING', 'TODO'];
    case 'delivered':
      return ['DONE', 'DONE', 'DONE', 'DONE'];
    case 'cancelling':
    case 'cancelled':
    case 'unknown':
      return ['TODO', 'TODO', 'TODO', 'TODO'];
  }
}

/** Index of the furthest step begun (DOING, DONE or ERROR); 0 when none. */
function reachedIndex(states: readonly StepState[]): number {
  let reached = 0;
  states.forEach((state, index) => {
    if (state !== 'TODO') reached = index;
  });
  return reached;
}

/** The status the order had before its cancellation started (notPaid if none). */
function statusBeforeCancel(history: readonly HistoryEntry[]): OrderStatus {
  const before = history.filter((entry) => !CANCEL_STATUSES.includes(entry.status) && entry.status !== 'unknown');
  return before.at(-1)?.status ?? 'notPaid';
}

function stepStates(history: readonly HistoryEntry[], status: OrderStatus): readonly StepState[] {
  if (!CANCEL_STATUSES.includes(status)) return statesFor(status);
  const reached = reachedIndex(statesFor(statusBeforeCancel(history)));
  return TRACKING_STEPS.map((_, index) => (index < reached ? 'DONE' : index === reached ? 'ERROR' : 'TODO'));
}

function stepsOfEntries(history: readonly HistoryEntry[]): TrackingStep[] {
  let previous: TrackingStep = 'VALIDATING';
  return history.map((entry) => {
    const step =
      (entry.event === undefined ? undefined : EVENT_STEP[entry.event]) ?? STATUS_STEP[entry.status] ?? previous;
    previous = step;
    return step;
  });
}

export function deriveTracking(order: Order): TrackingStepView[] {
  const states = stepStates(order.history, currentStatus(order));
  const entrySteps = stepsOfEntries(order.history);
  return TRACKING_STEPS.map((step, index) => ({
    step,
    state: states[index] ?? 'TODO',
    events: order.history
      .filter((_, entryIndex) => entrySteps[entryIndex] === step)
      .map((entry) => ({
        status: entry.status,
        at: entry.at,
        ...(entry.event === undefined ? {} : { event: entry.event }),
      })),
  }));
}
