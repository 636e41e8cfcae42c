import { describe, expect, it } from 'vitest';
import type { HistoryEvent, OrderStatus } from '../../../src/domain/enums.ts';
import { deriveTracking } from '../../../src/domain/tracking.ts';
import { makeOrder } from './make-order.ts';

type Entry = readonly [OrderStatus, string, HistoryEvent?];
const T = (hour: number): string => `2026-03-02T${String(hour).padStart(2, '0')}:00:00+01:00`;

function track(history: readonly Entry[]) {
  const steps = deriveTracking(makeOrder({ date: T(10), history }));
  return {
    states: steps.map((s) => `${s.step}:${s.state}`).join(' '),
    events: steps.map((s) => s.events.map((e) => e.event ?? e.status).join(',')),
  };
}

const NOT_PAID: Entry = ['notPaid', T(10)];
const CHECKING: Entry = ['checking', T(11), 'PAYMENT_RECEIVED'];
const DOCS: Entry = ['documentsRequested', T(12), 'FRAUD_DOCS_REQUESTED'];
const DELIVERING: Entry = ['delivering', T(13), 'ORDER_ACCEPTED'];
const DELIVERED: Entry = ['delivered', T(14), 'DELIVERY'];
const CANCELLING: Entry = ['cancelling', T(15)];
const CANCELLED: Entry = ['cancelled', T(16)];

describe('deriveTracking (DOMAIN.md §4)', () => {
  it('notPaid: VALIDATING in error', () => {
    expect(track([NOT_PAID])).toEqual({
      states: 'VALIDATING:ERROR VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
      events: ['notPaid', '', '', ''],
    });
  });

  it('checking: VALIDATING in progress', () => {
    expect(track([NOT_PAID, CHECKING])).toEqual({
      states: 'VALIDATING:DOING VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
      events: ['notPaid,PAYMENT_RECEIVED', '', '', ''],
    });
  });

  it('documentsRequested: VALIDATING in error', () => {
    expect(track([NOT_PAID, CHECKING, DOCS]).states).toBe(
      'VALIDATING:ERROR VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
    );
  });

  it('delivering: validated, delivery in progress; acceptance is the VALIDATED event', () => {
    expect(track([NOT_PAID, CHECKING, DELIVERING])).toEqual({
      states: 'VALIDATING:DONE VALIDATED:DONE DELIVERING:DOING AVAILABLE:TODO',
      events: ['notPaid,PAYMENT_RECEIVED', 'ORDER_ACCEPTED', '', ''],
    });
  });

  it('delivering without an event: the entry belongs to DELIVERING', () => {
    expect(track([NOT_PAID, ['delivering', T(13)]]).events).toEqual(['notPaid', '', 'delivering', '']);
  });

  it('delivered: all done', () => {
    expect(track([NOT_PAID, CHECKING, DELIVERING, DELIVERED])).toEqual({
      states: 'VALIDATING:DONE VALIDATED:DONE DELIVERING:DONE AVAILABLE:DONE',
      events: ['notPaid,PAYMENT_RECEIVED', 'ORDER_ACCEPTED', '', 'DELIVERY'],
    });
  });

  it('cancelling after delivery: the step reached (AVAILABLE) turns to ERROR', () => {
    expect(track([NOT_PAID, CHECKING, DELIVERING, DELIVERED, CANCELLING])).toEqual({
      states: 'VALIDATING:DONE VALIDATED:DONE DELIVERING:DONE AVAILABLE:ERROR',
      events: ['notPaid,PAYMENT_RECEIVED', 'ORDER_ACCEPTED', '', 'DELIVERY,cancelling'],
    });
  });

  it('cancelling during delivery: DELIVERING turns to ERROR', () => {
    expect(track([NOT_PAID, DELIVERING, CANCELLING]).states).toBe(
      'VALIDATING:DONE VALIDATED:DONE DELIVERING:ERROR AVAILABLE:TODO',
    );
  });

  it('cancelled after cancelling: same as cancelling', () => {
    expect(track([NOT_PAID, CHECKING, DELIVERING, DELIVERED, CANCELLING, CANCELLED])).toEqual({
      states: 'VALIDATING:DONE VALIDATED:DONE DELIVERING:DONE AVAILABLE:ERROR',
      events: ['notPaid,PAYMENT_RECEIVED', 'ORDER_ACCEPTED', '', 'DELIVERY,cancelling,cancelled'],
    });
  });

  it('cancelled before payment or during checking: VALIDATING in error', () => {
    expect(track([NOT_PAID, CANCELLED])).toEqual({
      states: 'VALIDATING:ERROR VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
      events: ['notPaid,cancelled', '', '', ''],
    });
    expect(track([NOT_PAID, CHECKING, DOCS, CANCELLED]).states).toBe(
      'VALIDATING:ERROR VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
    );
  });

  it('unknown: nothing started', () => {
    expect(track([NOT_PAID, ['unknown', T(11)]])).toEqual({
      states: 'VALIDATING:TODO VALIDATED:TODO DELIVERING:TODO AVAILABLE:TODO',
      events: ['notPaid,unknown', '', '', ''],
    });
  });

  it('keeps the entries’ instants', () => {
    const steps = deriveTracking(makeOrder({ date: T(10), history: [NOT_PAID, CHECKING] }));
    expect(steps[0]?.events[1]?.at.toString()).toBe('2026-03-02T11:00:00+01:00[Europe/Paris]');
  });
});
