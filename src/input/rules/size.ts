/** Rules on an order's size: what one order form can hold and still print. */
import { error } from '../diagnostic.ts';
import type { InputRule } from './context.ts';

/**
 * Lines one order form may hold. 2,000 lines are about 100 A4 pages and print in a few seconds;
 * 20,000 could never finish within the printer's time limit per document.
 */
export const MAX_ORDER_LINES = 2000;

/** ORDER_TOO_MANY_LINES: the first line past the limit is pointed at. */
export const linesFitOneForm: InputRule = ({ input }, report) => {
  if (input.details.length <= MAX_ORDER_LINES) return;
  report(
    error(
      'ORDER_TOO_MANY_LINES',
      ['details', MAX_ORDER_LINES],
      `the order has ${String(input.details.length)} lines: at most ${String(MAX_ORDER_LINES)} fit on one order form`,
      `split it into several orders of at most ${String(MAX_ORDER_LINES)} lines (about 100 pages each)`,
    ),
  );
};
