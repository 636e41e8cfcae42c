/** Rules tying the order's dates to the holiday calendar of its subsidiary. */
import { Temporal } from 'temporal-polyfill';
import { uncoveredYears } from '../../domain/calendar.ts';
import { withdrawalLastDay } from '../../domain/withdrawal/index.ts';
import { warning } from '../diagnostic.ts';
import type { OrderRule } from './context.ts';

/** The local day of a date-time in `timeZone` (no new date-time when it is in that zone already). */
function dayIn(at: Temporal.ZonedDateTime, timeZone: string): Temporal.PlainDate {
  return (at.timeZoneId === timeZone ? at : at.withTimeZone(timeZone)).toPlainDate();
}

/**
 * HOLIDAYS_YEAR_NOT_COVERED (warning): the order's dates (its date, the withdrawal period, the
 * request) fall in a year the calendar's dated table (the Islamic holidays of TN, SN, MA) does
 * not list: business days and deadlines there count without those holidays.
 */
export const holidayTableCoversOrder: OrderRule = ({ order }, report) => {
  const { holidayCalendar: calendar, timeZone } = order.subsidiary;
  const covered = calendar.datedYears;
  if (covered === undefined) return;
  const days = [dayIn(order.date, timeZone)];
  const lastDay = withdrawalLastDay(order);
  if (lastDay !== undefined) days.push(lastDay);
  if (order.retraction !== undefined) days.push(dayIn(order.retraction.requestedAt, timeZone));
  days.sort((a, b) => Temporal.PlainDate.compare(a, b));
  const first = days[0]?.year ?? covered.from;
  const years = uncoveredYears(calendar, first, days.at(-1)?.year ?? first);
  if (years.length === 0) return;
  const dated = calendar.rules.filter((rule) => rule.kind === 'dated').map((rule) => rule.name);
  report(
    warning(
      'HOLIDAYS_YEAR_NOT_COVERED',
      ['date'],
      `the holiday calendar ${calendar.name} dates its ${dated.slice(0, 2).join(', ')}${dated.length > 2 ? '…' : ''} for ${covered.from}–${covered.to} only; ` +
        `this order's dates fall in ${years.join(', ')}: business days and the withdrawal deadline there ignore those holidays`,
      `add the ${years.join(', ')} dates to the calendar ${calendar.name} in holidays.yaml (or a holidays.yaml beside your subsidiaries.yaml)`,
    ),
  );
};
