import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus } from '../../../src/domain/enums.ts';
import { ALLOWED_TRANSITIONS, canTransition, checkHistory } from '../../../src/domain/lifecycle.ts';

const at = (text: string): Temporal.Instant => Temporal.Instant.from(text);
const ORDER_DATE = at('2026-03-02T09:15:00Z');
const entry = (status: OrderStatus, time: string): { status: OrderStatus; at: Temporal.Instant } => ({
  status,
  at: at(`2026-03-02T${time}:00Z`),
});

describe('transitions (DOMAIN.md §3)', () => {
  it('allows exactly the documented edges, plus endings in unknown', () => {
    const edges = ORDER_STATUSES.flatMap((from) =>
      ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(edges.filter((edge) => !edge.endsWith('→unknown'))).toEqual([
      'notPaid→checking',
      'notPaid→delivering',
      'notPaid→cancelled',
      'checking→documentsRequested',
      'checking→delivering',
      'checking→cancelled',
      'documentsRequested→checking',
      'documentsRequested→cancelled',
      'delivering→delivered',
      'delivering→cancelling',
      'delivered→cancelling',
      'cancelling→cancelled',
    ]);
    // Our policy: any status but cancelled may end in unknown; nothing leaves unknown.
    expect(edges.filter((edge) => edge.endsWith('→unknown'))).toEqual(
      ['notPaid', 'checking', 'documentsRequested', 'delivering', 'delivered', 'cancelling'].map((from) => `${from}→unknown`),
    );
    expect(ALLOWED_TRANSITIONS.unknown).toEqual([]);
    expect(ALLOWED_TRANSITIONS.cancelled).toEqual([]);
  });
});

describe('checkHistory', () => {
  it('accepts a full, ordered history with equal timestamps', () => {
    const history = [
      entry('notPaid', '09:15'),
      entry('checking', '09:21'),
      entry('documentsRequested', '10:00'),
      entry('checking', '11:00'),
      entry('delivering', '11:00'),
      entry('delivered', '11:07'),
      entry('cancelling', '12:00'),
      entry('cancelled', '12:30'),
    ];
    expect(checkHistory(history, ORDER_DATE)).toEqual([]);
  });

  it('requires notPaid first', () => {
    expect(checkHistory([entry('checking', '09:20')], ORDER_DATE)).toEqual([
      { index: 0, kind: 'mustStartNotPaid', status: 'checking' },
    ]);
  });

  it('reports an illegal edge with what was allowed', () => {
    const problems = checkHistory([entry('notPaid', '09:15'), entry('delivered', '09:30')], ORDER_DATE);
    expect(problems).toEqual([
      {
        index: 1,
        kind: 'illegalTransition',
        status: 'delivered',
        previous: 'notPaid',
        allowed: ['checking', 'delivering', 'cancelled', 'unknown'],
      },
    ]);
  });

  it('reports time going back and entries before the order date', () => {
    const problems = checkHistory(
      [entry('notPaid', '09:10'), entry('checking', '09:30'), entry('delivering', '09:20')],
      ORDER_DATE,
    );
    expect(problems).toEqual([
      { index: 0, kind: 'beforeOrderDate', status: 'notPaid' },
      { index: 2, kind: 'timeGoesBack', status: 'delivering', previous: 'checking' },
    ]);
  });

  it('reports several problems of one entry', () => {
    const problems = checkHistory([entry('notPaid', '09:15'), entry('cancelling', '09:00')], ORDER_DATE);
    expect(problems.map((p) => [p.index, p.kind])).toEqual([
      [1, 'illegalTransition'],
      [1, 'timeGoesBack'],
      [1, 'beforeOrderDate'],
    ]);
  });
});
