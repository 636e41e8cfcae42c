/** Who may withdraw (DOMAIN.md §5): every reason that applies, with its stable code. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessWithdrawal, statusAt } from '../../../../src/domain/withdrawal/index.ts';
import { toDecimalString } from '../../../../src/domain/money.ts';
import { makeOrder, NO_WITHDRAWAL } from '../make-order.ts';

const D = '2026-03-02T10:15:00+01:00'; // deadline Mon 16 March 23:59:59.999999999 (Paris)
const IN_TIME = Temporal.Instant.from('2026-03-05T12:00:00+01:00');
const codes = (order: ReturnType<typeof makeOrder>, at = IN_TIME) =>
  assessWithdrawal(order, at).reasons.map((r) => (r.lineIndex === undefined ? r.code : `${r.code}#${r.lineIndex}`));

describe('assessWithdrawal: reasons', () => {
  it('an individual, paid, in time, confirmed: eligible', () => {
    const a = assessWithdrawal(
      makeOrder({ date: D, retraction: { requestedAt: '2026-03-05T12:00:00+01:00' } }),
      IN_TIME,
    );
    expect(a.eligible).toBe(true);
    expect(a.reasons).toEqual([]);
    expect(a.requestedAt.toString()).toBe('2026-03-05T12:00:00+01:00[Europe/Paris]');
  });

  it('a company customer is not a consumer', () => {
    const a = assessWithdrawal(makeOrder({ date: D, customerType: 'corporation' }), IN_TIME);
    expect(a.eligible).toBe(false);
    expect(a.reasons).toEqual([{ code: 'WITHDRAWAL_NOT_CONSUMER', blocking: true }]);
  });

  it('a renewal cannot be withdrawn, reported per RENEW line', () => {
    const order = makeOrder({
      date: D,
      lines: [{ detailType: 'RENEW', duration: 'P1M' }, { detailType: 'INSTALLATION' }],
    });
    expect(codes(order)).toEqual(['WITHDRAWAL_RENEWAL#0']);
    expect(assessWithdrawal(order, IN_TIME).eligible).toBe(false);
  });

  it('an unpaid order: not eligible, nothing paid, nothing refunded', () => {
    const a = assessWithdrawal(makeOrder({ date: D, history: [['notPaid', D]] }), IN_TIME);
    expect(a.reasons).toEqual([{ code: 'WITHDRAWAL_UNPAID', blocking: true }]);
    expect([toDecimalString(a.paid), toDecimalString(a.refund)]).toEqual(['0.00', '0.00']);
  });

  it('a request dated before the order: its own reason, not "unpaid", and nothing paid', () => {
    // The order is placed at 10:15 Paris; a request at 10:14 comes before the contract exists.
    const a = assessWithdrawal(makeOrder({ date: D }), Temporal.Instant.from('2026-03-02T10:14:00+01:00'));
    expect(a.eligible).toBe(false);
    expect(a.reasons).toEqual([{ code: 'WITHDRAWAL_REQUEST_BEFORE_ORDER', blocking: true }]);
    expect(toDecimalString(a.paid)).toBe('0.00');
    // At the very instant of the order it exists (and is unpaid at that instant in this history).
    expect(codes(makeOrder({ date: D, history: [['notPaid', D]] }), Temporal.Instant.from(D))).toEqual([
      'WITHDRAWAL_UNPAID',
    ]);
  });

  it('an order cancelled before the request', () => {
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['cancelled', '2026-03-03T09:00:00+01:00'],
      ],
    });
    expect(codes(order)).toEqual(['WITHDRAWAL_ALREADY_CANCELLED']);
  });

  it('an order cancelled because of this very request is judged as it stood at the request', () => {
    const order = makeOrder({
      date: D,
      history: [
        ['notPaid', D],
        ['delivering', D],
        ['delivered', D],
        ['cancelling', '2026-03-05T12:00:00+01:00'],
        ['cancelled', '2026-03-06T09:00:00+01:00'],
      ],
    });
    expect(statusAt(order, IN_TIME)).toBe('cancelling');
    expect(assessWithdrawal(order, IN_TIME).eligible).toBe(true);
  });

  it('every line excluded: not eligible', () => {
    const order = makeOrder({ date: D, lines: [{ domain: 'exemple.fr', withdrawalExcluded: true, duration: 'P1Y' }] });
    expect(codes(order)).toEqual(['WITHDRAWAL_EXCLUDED_LINE#0', 'WITHDRAWAL_ALL_LINES_EXCLUDED']);
    expect(assessWithdrawal(order, IN_TIME).eligible).toBe(false);
  });

  it('a subsidiary without withdrawal terms: no right, no deadline, no due date', () => {
    const a = assessWithdrawal(makeOrder({ date: D, subsidiary: NO_WITHDRAWAL }), IN_TIME);
    expect(a.reasons).toEqual([{ code: 'WITHDRAWAL_NO_RIGHT', blocking: true }]);
    expect(a.deadline).toBeUndefined();
    expect(a.refundDueDate).toBeUndefined();
  });

  it('an unconfirmed request', () => {
    const order = makeOrder({ date: D, retraction: { requestedAt: '2026-03-05T12:00:00+01:00', confirmed: false } });
    expect(codes(order)).toEqual(['WITHDRAWAL_NOT_CONFIRMED']);
  });

  it('lists every reason that applies, in a stable order', () => {
    const order = makeOrder({
      date: D,
      customerType: 'association',
      lines: [{ detailType: 'RENEW' }, { withdrawalExcluded: true }],
      retraction: { requestedAt: '2026-04-01T00:00:00+02:00', confirmed: false },
    });
    expect(codes(order, Temporal.Instant.from('2026-04-01T00:00:00+02:00'))).toEqual([
      'WITHDRAWAL_NOT_CONSUMER',
      'WITHDRAWAL_RENEWAL#0',
      'WITHDRAWAL_EXCLUDED_LINE#1',
      'WITHDRAWAL_TOO_LATE',
      'WITHDRAWAL_NOT_CONFIRMED',
    ]);
  });
});
