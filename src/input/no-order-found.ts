/** An input with no order in it (an empty folder, a typo'd glob) is a failure, not "0 orders, ok". */
import { BdcError } from '../errors.ts';

export interface Counted {
  readonly orders: number;
  readonly errors: number;
}

/** Throws NO_ORDER_FOUND when nothing was found and nothing else went wrong. */
export function requireOrders(found: Counted, paths: readonly string[]): void {
  if (found.orders > 0 || found.errors > 0) return;
  throw new BdcError('failed', 'NO_ORDER_FOUND', `no order found under ${paths.join(', ')}`, {
    hint: 'give files or folders holding *.yaml orders (one order per YAML document)',
  });
}
