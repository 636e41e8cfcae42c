/**
 * The withdrawal deadline (Code de la consommation L221-18, L221-19): the order date in the
 * subsidiary's time zone + `days` calendar days (the day of conclusion is not counted), to the
 * end of that day; a last day on a Saturday, Sunday or public holiday of the subsidiary's
 * holiday calendar moves to the end of the next business day (Directive 2011/83/EU recital 41,
 * Regulation 1182/71 art. 3(4): the same rule in every member state, with its own holidays).
 */
import { Temporal } from 'temporal-polyfill';
import { businessDayOnOrAfter } from '../calendar.ts';
import type { Order } from '../order.ts';

/** The last instant of a calendar day in a zone (23:59:59.999999999, DST-safe). */
export function endOfDay(date: Temporal.PlainDate, timeZone: string): Temporal.ZonedDateTime {
  return date.add({ days: 1 }).toZonedDateTime({ timeZone }).subtract({ nanoseconds: 1 });
}

/** The last day of the withdrawal period, or undefined when the subsidiary gives no right. */
export function withdrawalLastDay(order: Order): Temporal.PlainDate | undefined {
  const { withdrawal, timeZone, holidayCalendar } = order.subsidiary;
  if (withdrawal === undefined) return undefined;
  const concluded = order.date.withTimeZone(timeZone).toPlainDate();
  return businessDayOnOrAfter(concluded.add({ days: withdrawal.days }), holidayCalendar);
}

export function withdrawalDeadline(order: Order): Temporal.ZonedDateTime | undefined {
  const lastDay = withdrawalLastDay(order);
  return lastDay === undefined ? undefined : endOfDay(lastDay, order.subsidiary.timeZone);
}

/** True while withdrawal is open at `at` (deadline included); false when there is no right. */
export function isWithdrawalOpen(order: Order, at: Temporal.Instant): boolean {
  const deadline = withdrawalDeadline(order);
  return deadline !== undefined && Temporal.Instant.compare(at, deadline.toInstant()) <= 0;
}
