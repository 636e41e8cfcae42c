import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localDayAt } from '../../../src/input/local-day-at.ts';

const ZONES = [
  'Europe/Paris',
  'Europe/London',
  'America/Montreal',
  'America/St_Johns',
  'Asia/Singapore',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Africa/Casablanca',
  // Transitions at local midnight: a minute either side is another day.
  'America/Havana',
  'America/Santiago',
  'Asia/Beirut',
  'UTC',
  '+05:45',
];

/** What Temporal itself says. */
function expected(instant: Temporal.Instant, zone: string): object {
  const date = instant.toZonedDateTimeISO(zone).toPlainDate();
  return { year: date.year, month: date.month, day: date.day, dayOfWeek: date.dayOfWeek };
}

function fieldsOf(instant: Temporal.Instant, zone: string): object {
  const { year, month, day, dayOfWeek } = localDayAt(instant, zone);
  return { year, month, day, dayOfWeek };
}

/** A seeded generator (mulberry32): the same instants every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('localDayAt', () => {
  it("is the instant's local day in the zone, as Temporal gives it, for instants from 1970 to 2100 in any order", () => {
    const next = random(13);
    const end = Date.UTC(2100, 11, 31);
    for (let k = 0; k < 3000; k += 1) {
      const zone = ZONES[Math.floor(next() * ZONES.length)] ?? 'UTC';
      const instant = Temporal.Instant.fromEpochMilliseconds(Math.floor(next() * end));
      expect(fieldsOf(instant, zone), `${instant.toString()} in ${zone}`).toEqual(expected(instant, zone));
    }
  });

  it('is right on each side of every transition, and exactly at it, whichever instant came before', () => {
    for (const zone of ZONES) {
      let at = Temporal.Instant.from('2025-01-01T00:00:00Z').toZonedDateTimeISO(zone);
      for (let k = 0; k < 6; k += 1) {
        const transition = at.getTimeZoneTransition('next');
        if (transition === null) break;
        const instant = transition.toInstant();
        // Around midnight local time the day changes with the offset: probe minutes apart.
        for (const minutes of [-1441, -61, -1, 0, 1, 59, 61, 1441, 0, -1]) {
          const probe = instant.add({ minutes });
          expect(fieldsOf(probe, zone), `${probe.toString()} in ${zone}`).toEqual(expected(probe, zone));
        }
        at = transition;
      }
    }
  });

  it('keeps fractions of a second on the right day', () => {
    const instant = Temporal.Instant.from('2026-06-30T21:59:59.999999999Z');
    expect(fieldsOf(instant, 'Europe/Paris')).toEqual({ year: 2026, month: 6, day: 30, dayOfWeek: 2 });
    expect(fieldsOf(instant.add({ nanoseconds: 1 }), 'Europe/Paris')).toEqual({ year: 2026, month: 7, day: 1, dayOfWeek: 3 });
  });
});
