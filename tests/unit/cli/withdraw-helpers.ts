/** Runs `bdc withdraw` in memory on the fixtures of tests/fixtures/withdrawal/. */
import { Temporal } from 'temporal-polyfill';
import { main } from '../../../src/cli/main.ts';
import type { Order } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { memoryIo } from '../../../src/cli/io.ts';

export const FIXTURES = 'tests/fixtures/withdrawal';
export const REFERENCE = `${FIXTURES}/subsidiaries.yaml`;
/** After every fixture's dates: validation sees nothing in the future. */
export const AS_OF = '2026-06-01T00:00:00Z';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function withdraw(fixture: string, ...options: string[]): Promise<Run> {
  const io = memoryIo({});
  const code = await main(['withdraw', `${FIXTURES}/${fixture}`, '--reference', REFERENCE, '--as-of', AS_OF, ...options], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** The one valid order of a fixture, through the real loader. */
export async function loadFixtureOrder(fixture: string): Promise<Order> {
  const reference = await loadReference(REFERENCE);
  const result = await loadOrders([`${FIXTURES}/${fixture}`], reference, Temporal.Instant.from(AS_OF));
  const [loaded] = result.orders;
  if (loaded === undefined) throw new Error(`${fixture}: no valid order (${JSON.stringify(result.diagnostics)})`);
  return loaded.order;
}
