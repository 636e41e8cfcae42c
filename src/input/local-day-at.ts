/**
 * The local day (ISO year, month, day and weekday) of an instant in a time zone: what
 * `instant.toZonedDateTimeISO(timeZone).toPlainDate()` gives, without the polyfill's offset
 * computation for each instant. A zone's offset is constant between two of its transitions:
 * the spans around the instants asked about are kept (bounds from Temporal's own
 * `getTimeZoneTransition`, so the answer is Temporal's), and an instant within one needs only
 * arithmetic. Orders of one subsidiary fall in few spans (two a year in a zone with DST).
 */
import type { Temporal } from 'temporal-polyfill';
import { zonedAt } from './zoned-at.ts';

export interface LocalDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday, as Temporal's `dayOfWeek`. */
  readonly dayOfWeek: number;
}

/** A span of constant offset: [from, to) in epoch milliseconds (infinite when the zone has no transition that way). */
interface Span {
  readonly from: number;
  readonly to: number;
  readonly offsetMs: number;
}

const DAY_MS = 86_400_000;
/** Spans kept per zone (orders from a few years of one zone fall in about two a year). */
const SPANS_KEPT = 64;
const spansByZone = new Map<string, Span[]>();

function spanAround(instant: Temporal.Instant, timeZone: string): Span {
  const zoned = zonedAt(instant, timeZone);
  const offsetNs = zoned.offsetNanoseconds;
  const previous = zoned.getTimeZoneTransition('previous');
  const next = zoned.getTimeZoneTransition('next');
  // Transitions are strictly before and after the instant: one exactly at it leaves the
  // previous one with another offset, and the span then starts at the instant itself.
  const from =
    previous === null
      ? -Infinity
      : previous.offsetNanoseconds === offsetNs
        ? previous.epochMilliseconds
        : instant.epochMilliseconds;
  return { from, to: next === null ? Infinity : next.epochMilliseconds, offsetMs: offsetNs / 1_000_000 };
}

/** The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): LocalDay {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // 1970-01-01 was a Thursday (4).
  const dayOfWeek = ((((days + 3) % 7) + 7) % 7) + 1;
  return { year, month, day, dayOfWeek };
}

export function localDayAt(instant: Temporal.Instant, timeZone: string): LocalDay {
  const epochMs = instant.epochMilliseconds;
  let spans = spansByZone.get(timeZone);
  if (spans === undefined) {
    spans = [];
    spansByZone.set(timeZone, spans);
  }
  let span = spans.find(({ from, to }) => epochMs >= from && epochMs < to);
  if (span === undefined) {
    span = spanAround(instant, timeZone);
    if (spans.length >= SPANS_KEPT) spans.shift();
    spans.push(span);
  }
  // An offset with a fraction of a millisecond (none since 1970) is left to Temporal.
  if (!Number.isInteger(span.offsetMs)) return zonedAt(instant, timeZone).toPlainDate();
  return civilFromDays(Math.floor((epochMs + span.offsetMs) / DAY_MS));
}
