/** The render tests' own fixtures (tests/fixtures/render), loaded like the CLI loads orders. */
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import type { Order } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';

export const RENDER_FIXTURES = fileURLToPath(new URL('../../fixtures/render/', import.meta.url));
export const REFERENCE_FILE = `${RENDER_FIXTURES}subsidiaries.yaml`;
/** 2026-03-05 13:00 in Paris. */
export const AS_OF = Temporal.Instant.from('2026-03-05T12:00:00Z');

export const ORDER_IDS = { eur: 218764523, tnd: 300000101, xof: 400000202, long: 500000065, hostile: 666000001 } as const;

export async function loadFixtureOrders(paths: readonly string[]): Promise<Map<number, Order>> {
  const reference = await loadReference(REFERENCE_FILE);
  const result = await loadOrders(paths, reference, AS_OF, { cwd: RENDER_FIXTURES });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new Error(`render fixtures are invalid: ${JSON.stringify(errors)}`);
  return new Map(result.orders.map(({ order }) => [order.orderId, order]));
}

export async function fixtureOrder(orderId: number, folder = 'orders'): Promise<Order> {
  const order = (await loadFixtureOrders([folder])).get(orderId);
  if (order === undefined) throw new Error(`no order ${orderId} in ${folder}`);
  return order;
}
