import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  inListView,
  isExpired,
  isListedByDefault,
  isUnpaidAndExpired,
  listView,
  listViewsOf,
} from '../../../src/domain/visibility.ts';
import { makeOrder } from './make-order.ts';

const now = (text: string): Temporal.Instant => Temporal.Instant.from(text);
const EXPIRY = '2026-03-16T23:59:59+01:00';
const D = '2026-03-02T10:15:00+01:00';
const unpaid = makeOrder({ date: D, expirationDate: EXPIRY, history: [['notPaid', D]] });
const delivered = makeOrder({ date: D, expirationDate: EXPIRY });
const neverExpires = makeOrder({ date: D, history: [['notPaid', D]] });

describe('expiry', () => {
  it('is strictly after the expiration date', () => {
    expect(isExpired(unpaid, now('2026-03-16T22:59:59Z'))).toBe(false); // exactly the expiry instant
    expect(isExpired(unpaid, now('2026-03-16T23:00:00Z'))).toBe(true);
    expect(isExpired(neverExpires, now('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('warns only for unpaid expired orders', () => {
    const after = now('2026-04-01T00:00:00Z');
    expect(isUnpaidAndExpired(unpaid, after)).toBe(true);
    expect(isUnpaidAndExpired(delivered, after)).toBe(false);
    expect(isUnpaidAndExpired(unpaid, now('2026-03-10T00:00:00Z'))).toBe(false);
  });
});

describe('list views', () => {
  const before = now('2026-03-10T00:00:00Z');
  const after = now('2026-04-01T00:00:00Z');

  it('running: not completed and not expired', () => {
    expect(listView(unpaid, before)).toBe('running');
    expect(listViewsOf(unpaid, before)).toEqual(['running', 'all']);
    expect(isListedByDefault(unpaid, before)).toBe(true);
  });

  it('expired: leaves the default list', () => {
    expect(listView(unpaid, after)).toBe('expired');
    expect(listViewsOf(unpaid, after)).toEqual(['expired', 'all']);
    expect(isListedByDefault(unpaid, after)).toBe(false);
  });

  it('completed: delivered or cancelled, shown in "completed" even once expired', () => {
    expect(listView(delivered, before)).toBe('completed');
    expect(listViewsOf(delivered, before)).toEqual(['completed', 'all']);
    expect(listViewsOf(delivered, after)).toEqual(['completed', 'expired', 'all']);
    const cancelled = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['cancelled', D],
      ],
    });
    expect(inListView(cancelled, 'completed', after)).toBe(true);
    expect(inListView(cancelled, 'running', after)).toBe(false);
  });

  it('sorts newest first, then by order number descending', () => {
    const older = makeOrder({ orderId: 3, date: '2026-03-01T10:00:00+01:00' });
    const newer = makeOrder({ orderId: 1, date: '2026-03-05T10:00:00+01:00' });
    const sameTime = makeOrder({ orderId: 2, date: '2026-03-05T10:00:00+01:00' });
    expect([older, newer, sameTime].sort(compareNewestFirst).map((o) => o.orderId)).toEqual([2, 1, 3]);
  });
});
