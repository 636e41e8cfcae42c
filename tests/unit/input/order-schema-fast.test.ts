/**
 * The schema's happy path against zod: on every fixture, every generated order and seeded
 * mutations of them, `wellFormedOrder` gives zod's exact output or leaves the value to zod,
 * and never accepts what zod refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../../src/input/load-reference.ts';
import { orderSchema } from '../../../src/input/order-schema.ts';
import { wellFormedOrder } from '../../../src/input/order-schema-fast.ts';
import { parseWithPositions } from '../../../src/input/yaml/parse-with-positions.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';
import { generateOrders } from '../../../scripts/synthetic/generate.ts';
import { FIXTURES } from './helpers.ts';
import { seededMutations } from './mutate.ts';

let values: unknown[] = [];

beforeAll(async () => {
  const reference = await loadReference('data/subsidiaries.yaml');
  const texts = [
    ...generateOrders(300, 11, [...reference.values()]),
    ...['valid', 'invalid'].flatMap((folder) =>
      readdirSync(`${FIXTURES}${folder}`).map((name) => new TextDecoder().decode(readFileSync(`${FIXTURES}${folder}/${name}`))),
    ),
  ];
  values = texts.flatMap((text) => parseWithPositions(text, DEFAULT_PARSE_OPTIONS).map((doc) => doc.value));
});

/** zod's output, or a give-up when zod refuses; true when the fast check accepted it. */
function agrees(value: unknown): boolean {
  const fast = wellFormedOrder(value);
  const zod = orderSchema().safeParse(value);
  if (fast === undefined) return false;
  expect(zod.success ? true : JSON.stringify(zod.error.issues) + JSON.stringify(value), "").toBe(true);
  expect(fast).toStrictEqual(zod.data);
  return true;
}

describe('wellFormedOrder', () => {
  it('gives zod’s output for every generated order, and for the valid fixtures it accepts', () => {
    let accepted = 0;
    for (const value of values) if (agrees(value)) accepted += 1;
    expect(accepted).toBeGreaterThanOrEqual(300);
  });

  it('fills the defaults as zod does, in fresh objects', () => {
    const value = values[0] as Record<'customer', unknown>;
    const out = wellFormedOrder(value);
    expect(out).not.toBe(value);
    expect(out?.customer).not.toBe(value.customer);
    expect(out?.details.every((detail) => typeof detail.withdrawalExcluded === 'boolean' && typeof detail.detailType === 'string')).toBe(true);
    expect(typeof out?.autoRenew).toBe('boolean');
  });

  it('never accepts what zod refuses, on seeded mutations', () => {
    const replacements: unknown[] = [null, '', 'x', 'FR', 'fr', 0, -1, 1.5, 1e300, Number.NaN, true, [], {}, [1], '2026-03-02T10:15:00+01:00', '12.99', '1e3', 'P1M', 'notPaid', 'OTHER', 'paypal', 'unused', 1_000_001, 2 ** 53];
    const mutated = seededMutations(5, { rootKey: 'orderId', replacements });
    const objects = values.filter((value) => value !== null && typeof value === 'object');
    let refused = 0;
    for (let round = 0; round < 6000; round += 1) if (!agrees(mutated(objects))) refused += 1;
    expect(refused).toBeGreaterThan(1000);
  });
});
