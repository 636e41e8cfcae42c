/**
 * Dates in words for the site's pages, with one Intl.DateTimeFormat per locale, style and time
 * zone for the whole build. Each formatter holds native ICU memory that V8's heap accounting
 * hardly sees: made afresh for every date (tens of thousands at 10,000 orders), they piled up
 * to several hundred MiB of resident memory before a collection freed them. Same options, so
 * the same text as render/format.ts's formatDateTime.
 */
import type { Temporal } from 'temporal-polyfill';

type DateStyle = 'long-time' | 'short-date';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions = style === 'long-time' ? { dateStyle: 'long', timeStyle: 'short', timeZone } : { dateStyle: 'short', timeZone };
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "2 mars 2026 à 10:15" / "2 March 2026 at 10:15", in the given time zone. */
export function formatDateTime(at: Temporal.Instant | Temporal.ZonedDateTime, locale: string, timeZone: string): string {
  return formatter('long-time', locale, timeZone).format(at.epochMilliseconds);
}

/** "02/03/2026" (fr) / "02/03/2026" (en-GB), in the date's own time zone. */
export function formatShortDate(at: Temporal.ZonedDateTime, locale: string): string {
  return formatter('short-date', locale, at.timeZoneId).format(at.epochMilliseconds);
}
