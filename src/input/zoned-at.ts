/**
 * `instant.toZonedDateTimeISO(timeZone)`, with the last few answers handed out again: an order
 * zones some instants more than once (its date is usually its first status's, and a manual
 * check's day is looked up by a rule and again by `toOrder`), and each costs the polyfill an
 * offset computation. Temporal objects are immutable, so sharing one is safe. Keyed by the
 * instant object (instantFromText hands out the same one for the same text) and the zone.
 */
import type { Temporal } from 'temporal-polyfill';

const KEPT = 8;
const instants: (Temporal.Instant | undefined)[] = [];
const zones: string[] = [];
const zoned: Temporal.ZonedDateTime[] = [];
let next = 0;

export function zonedAt(instant: Temporal.Instant, timeZone: string): Temporal.ZonedDateTime {
  for (let slot = 0; slot < instants.length; slot += 1) {
    const kept = zoned[slot];
    if (instants[slot] === instant && zones[slot] === timeZone && kept !== undefined) return kept;
  }
  const value = instant.toZonedDateTimeISO(timeZone);
  instants[next] = instant;
  zones[next] = timeZone;
  zoned[next] = value;
  next = (next + 1) % KEPT;
  return value;
}
