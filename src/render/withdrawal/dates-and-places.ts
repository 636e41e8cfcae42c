/** Date-only formatting for the withdrawal summary. Pure: locale as a parameter. */
import type { Temporal } from 'temporal-polyfill';
import { cachedIntl } from '../intl-cache.ts';

/** "9 mars 2026" / "9 March 2026": a calendar day, independent of any time zone. */
export function formatDay(day: Temporal.PlainDate, locale: string): string {
  const format = cachedIntl(`day|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(Date.UTC(day.year, day.month - 1, day.day));
}

/** The calendar day of a zoned date-time, in its own zone. */
export function formatZonedDay(at: Temporal.ZonedDateTime, locale: string): string {
  return formatDay(at.toPlainDate(), locale);
}
