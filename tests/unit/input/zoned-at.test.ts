import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { zonedAt } from '../../../src/input/zoned-at.ts';

describe('zonedAt', () => {
  const instant = Temporal.Instant.from('2026-03-29T00:30:00Z');

  it('is the instant in the zone, as toZonedDateTimeISO gives it', () => {
    for (const zone of ['Europe/London', 'Europe/Paris', 'America/Montreal', 'Asia/Singapore', 'UTC']) {
      const zoned = zonedAt(instant, zone);
      expect(zoned.equals(instant.toZonedDateTimeISO(zone))).toBe(true);
      expect(zoned.toString()).toBe(instant.toZonedDateTimeISO(zone).toString());
    }
  });

  it('hands the same date-time out again for the same instant and zone, never for another zone or instant', () => {
    const first = zonedAt(instant, 'Europe/Paris');
    expect(zonedAt(instant, 'Europe/Paris')).toBe(first);
    expect(zonedAt(instant, 'Europe/London').timeZoneId).toBe('Europe/London');
    const equalInstant = Temporal.Instant.from('2026-03-29T00:30:00Z');
    expect(zonedAt(equalInstant, 'Europe/Paris').equals(first)).toBe(true);
    const later = Temporal.Instant.from('2026-03-29T01:30:00Z');
    expect(zonedAt(later, 'Europe/Paris').toString()).toBe('2026-03-29T03:30:00+02:00[Europe/Paris]');
  });

  it('stays right after many instants have pushed the first ones out', () => {
    const instants = Array.from({ length: 40 }, (_, hour) => instant.add({ hours: hour }));
    for (const each of [...instants, ...instants]) expect(zonedAt(each, 'Europe/Paris').toString()).toBe(each.toZonedDateTimeISO('Europe/Paris').toString());
  });
});
