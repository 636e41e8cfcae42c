/** Date-only and postal-address formatting for the withdrawal summary. Pure: locale as a parameter. */
import type { Temporal } from 'temporal-polyfill';
import type { PostalAddress } from '../../domain/order.ts';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "9 mars 2026" / "9 March 2026": a calendar day, independent of any time zone. */
export function formatDay(day: Temporal.PlainDate, locale: string): string {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(Date.UTC(day.year, day.month - 1, day.day));
}

/** The calendar day of a zoned date-time, in its own zone. */
export function formatZonedDay(at: Temporal.ZonedDateTime, locale: string): string {
  return formatDay(at.toPlainDate(), locale);
}

/** Street; postal code and city; the country's name in the locale (the code if Intl does not know it). */
export function addressLines(address: PostalAddress, locale: string): string[] {
  let country = address.country;
  try {
    country = new Intl.DisplayNames([locale], { type: 'region' }).of(address.country) ?? address.country;
  } catch {
    // Not a region code Intl knows: print it as written.
  }
  return [address.street, `${address.postalCode} ${address.city}`, country];
}
