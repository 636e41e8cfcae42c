/**
 * Status histories that follow the lifecycle of DOMAIN.md §3, with increasing timestamps in
 * the subsidiary's time zone; manual validations (checking -> next) happen on business days.
 */
import { Temporal } from 'temporal-polyfill';
import { nextBusinessDay, type HolidayCalendar } from '../../src/domain/calendar.ts';
import type { HistoryEvent, OrderStatus, RetractionReason } from '../../src/domain/enums.ts';
import type { Random } from './prng.ts';

export type SyntheticStatus = Exclude<OrderStatus, 'unknown'>;

export interface SyntheticEntry {
  readonly status: OrderStatus;
  readonly at: Temporal.ZonedDateTime;
  readonly event?: HistoryEvent;
}

export interface SyntheticRetraction {
  readonly requestedAt: Temporal.ZonedDateTime;
  readonly reason: RetractionReason;
  readonly comment?: string;
}

export interface Timeline {
  readonly history: readonly SyntheticEntry[];
  readonly retraction?: SyntheticRetraction;
}

const REASONS: readonly RetractionReason[] = ['competitor', 'difficulty', 'expensive', 'other', 'performance', 'reliability', 'unused'];

/** A time during office hours on the first business day strictly after `at`'s day. */
function nextOfficeHour(random: Random, at: Temporal.ZonedDateTime, holidays: HolidayCalendar): Temporal.ZonedDateTime {
  const day = nextBusinessDay(at.toPlainDate(), holidays);
  const plainTime = new Temporal.PlainTime(9, 0).add({ minutes: random.int(0, 420), seconds: random.int(0, 59) });
  return day.toZonedDateTime({ timeZone: at.timeZoneId, plainTime });
}

function later(random: Random, at: Temporal.ZonedDateTime, minMinutes: number, maxMinutes: number): Temporal.ZonedDateTime {
  return at.add({ minutes: random.int(minMinutes, maxMinutes), seconds: random.int(0, 59) });
}

/**
 * The history leading to `status` from an order created at `start`. `withRequest` adds a
 * withdrawal request after delivery even when the order stays delivered (a refused request).
 */
export function buildTimeline(random: Random, status: SyntheticStatus, start: Temporal.ZonedDateTime, holidays: HolidayCalendar, withRequest: boolean): Timeline {
  const history: SyntheticEntry[] = [{ status: 'notPaid', at: start, event: 'ORDER_STARTED' }];
  const push = (entry: SyntheticEntry): Temporal.ZonedDateTime => {
    history.push(entry);
    return entry.at;
  };
  if (status === 'notPaid') return { history };
  let at = start;
  const manual = status === 'checking' || status === 'documentsRequested' || random.chance(0.35);
  if (manual) {
    at = push({ status: 'checking', at: later(random, at, 1, 30), event: random.pick(['PAYMENT_RECEIVED', 'FRAUD_CHECK'] as const) });
    if (status === 'checking') return { history };
    if (status === 'documentsRequested' || random.chance(0.1)) {
      at = push({ status: 'documentsRequested', at: nextOfficeHour(random, at, holidays), event: 'FRAUD_DOCS_REQUESTED' });
      if (status === 'documentsRequested') return { history };
      at = push({ status: 'checking', at: later(random, at, 600, 4000), event: 'FRAUD_MANUAL_REVIEW' });
    }
    at = push({ status: 'delivering', at: nextOfficeHour(random, at, holidays), event: 'ORDER_ACCEPTED' });
  } else {
    at = push({ status: 'delivering', at: later(random, at, 1, 5), event: 'ORDER_ACCEPTED' });
  }
  if (status === 'delivering') return { history };
  at = push({ status: 'delivered', at: later(random, at, 3, 300), event: 'DELIVERY' });
  if (status === 'delivered' && !withRequest) return { history };
  const retraction: SyntheticRetraction = {
    requestedAt: later(random, at, 60, status === 'delivered' ? 30 * 1440 : 13 * 1440),
    reason: random.pick(REASONS),
    ...(random.chance(0.4) ? { comment: random.pick(COMMENTS) } : {}),
  };
  if (status === 'delivered') return { history, retraction };
  at = push({ status: 'cancelling', at: later(random, retraction.requestedAt, 30, 900) });
  if (status === 'cancelled') push({ status: 'cancelled', at: later(random, at, 1, 10) });
  return { history, retraction };
}

const COMMENTS: readonly string[] = [
  "I don't need it any more.",
  'Je n\'en ai plus besoin, merci.',
  'Found a cheaper offer elsewhere.',
  'Trop compliqué à configurer pour moi.',
  'Ordered the wrong size by mistake.',
];
