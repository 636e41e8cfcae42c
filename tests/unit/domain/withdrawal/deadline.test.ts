/**
 * Withdrawal deadlines, worked by hand: order day + 14 calendar days (the day of conclusion is
 * not counted), to 23:59:59.999999999 Europe/Paris, moved to the end of the next business day
 * when the last day is a Saturday, Sunday or French public holiday.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessWithdrawal, isWithdrawalOpen, withdrawalDeadline } from '../../../../src/domain/withdrawal/index.ts';
import { makeOrder, NO_WITHDRAWAL } from '../make-order.ts';

const deadlineOf = (date: string): string | undefined => withdrawalDeadline(makeOrder({ date }))?.toString();
const at = (text: string): Temporal.Instant => Temporal.Instant.from(text);

describe('withdrawalDeadline', () => {
  it('a plain weekday: Mon 2 March 2026 + 14 = Mon 16 March', () => {
    expect(deadlineOf('2026-03-02T10:15:00+01:00')).toBe('2026-03-16T23:59:59.999999999+01:00[Europe/Paris]');
  });

  it('a last day on a Sunday moves to Monday: Sun 1 March 2026 + 14 = Sun 15 → Mon 16 March', () => {
    expect(deadlineOf('2026-03-01T18:00:00+01:00')).toBe('2026-03-16T23:59:59.999999999+01:00[Europe/Paris]');
  });

  it('a last day on a Saturday moves to Monday: Sat 31 Jan 2026 + 14 = Sat 14 Feb → Mon 16 Feb', () => {
    expect(deadlineOf('2026-01-31T09:00:00+01:00')).toBe('2026-02-16T23:59:59.999999999+01:00[Europe/Paris]');
  });

  it('Easter Monday 2026: Mon 23 March + 14 = Mon 6 April (holiday) → Tue 7 April, summer time', () => {
    expect(deadlineOf('2026-03-23T11:00:00+01:00')).toBe('2026-04-07T23:59:59.999999999+02:00[Europe/Paris]');
  });

  it('14 July: Tue 30 June 2026 + 14 = Tue 14 July (holiday) → Wed 15 July', () => {
    expect(deadlineOf('2026-06-30T16:00:00+02:00')).toBe('2026-07-15T23:59:59.999999999+02:00[Europe/Paris]');
  });

  it('Ascension then a weekend: Thu 30 April 2026 + 14 = Thu 14 May (Ascension) → Fri 15 May', () => {
    expect(deadlineOf('2026-04-30T08:00:00+02:00')).toBe('2026-05-15T23:59:59.999999999+02:00[Europe/Paris]');
  });

  it('counts days in the subsidiary zone: 23:30 UTC on 2 March is already 3 March in Paris', () => {
    // concluded Tue 3 March (Paris) + 14 = Tue 17 March
    expect(deadlineOf('2026-03-02T23:30:00Z')).toBe('2026-03-17T23:59:59.999999999+01:00[Europe/Paris]');
  });

  it('has no deadline without withdrawal terms', () => {
    expect(withdrawalDeadline(makeOrder({ subsidiary: NO_WITHDRAWAL }))).toBeUndefined();
    expect(isWithdrawalOpen(makeOrder({ subsidiary: NO_WITHDRAWAL }), at('2026-03-03T00:00:00Z'))).toBe(false);
  });
});

describe('the last minute', () => {
  const order = makeOrder({ date: '2026-03-02T10:15:00+01:00' }); // deadline Mon 16 March 23:59:59.999999999

  it('23:59 on the last day is in time', () => {
    const assessment = assessWithdrawal(order, at('2026-03-16T23:59:00+01:00'));
    expect(assessment.eligible).toBe(true);
    expect(assessment.reasons).toEqual([]);
    expect(isWithdrawalOpen(order, at('2026-03-16T23:59:59.999999999+01:00'))).toBe(true);
  });

  it('00:00 the day after is too late', () => {
    const assessment = assessWithdrawal(order, at('2026-03-17T00:00:00+01:00'));
    expect(assessment.eligible).toBe(false);
    expect(assessment.reasons).toEqual([{ code: 'WITHDRAWAL_TOO_LATE', blocking: true }]);
  });
});

describe('across the change to summer time (Europe/Paris, Sunday 29 March 2026)', () => {
  // Fri 20 March 2026 (+01:00) + 14 = Fri 3 April (Good Friday is not a French holiday):
  // deadline 3 April 23:59:59.999999999+02:00 = 21:59:59.999999999Z. Keeping the order's
  // +01:00 offset would wrongly give 22:59:59Z.
  const order = makeOrder({ date: '2026-03-20T10:00:00+01:00' });

  it('ends at local midnight in summer time', () => {
    expect(withdrawalDeadline(order)?.toInstant().toString()).toBe('2026-04-03T21:59:59.999999999Z');
    expect(assessWithdrawal(order, at('2026-04-03T21:59:59Z')).eligible).toBe(true);
    // 22:30Z is still 3 April in UTC but already 00:30 on 4 April in Paris.
    expect(assessWithdrawal(order, at('2026-04-03T22:30:00Z')).reasons).toEqual([
      { code: 'WITHDRAWAL_TOO_LATE', blocking: true },
    ]);
  });
});
