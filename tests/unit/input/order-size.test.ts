/** An order form holds at most MAX_ORDER_LINES lines: more is a finding with the limit, not a print that never ends. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { MAX_ORDER_LINES } from '../../../src/input/rules/size.ts';
import { AS_OF, FIXTURES, testReference } from './helpers.ts';

/** The valid fixture with `count` one-euro lines instead of its own (flow style: one text line each). */
async function orderWithLines(count: number): Promise<string> {
  const valid = await readFile(join(FIXTURES, 'valid', 'fr-delivered.yaml'), 'utf8');
  const lines = Array.from({ length: count }, (_, index) => `  - { description: "Line ${String(index + 1)}", quantity: 1, unitPrice: "1.00" }\n`);
  return valid.replace(/^details:\n(?: {2}.*\n)+/m, `details:\n${lines.join('')}`);
}

async function check(text: string) {
  const folder = await mkdtemp(join(tmpdir(), 'bdc-order-size-'));
  try {
    await writeFile(join(folder, 'order.yaml'), text);
    return await loadOrders([join(folder, 'order.yaml')], await testReference(), AS_OF, { cwd: folder });
  } finally {
    await rm(folder, { recursive: true });
  }
}

describe('the number of lines of an order', () => {
  it(`${String(MAX_ORDER_LINES)} lines: valid`, async () => {
    const result = await check(await orderWithLines(MAX_ORDER_LINES));
    expect(result.diagnostics).toEqual([]);
    expect(result.orders[0]?.order.details).toHaveLength(MAX_ORDER_LINES);
  });

  it(`${String(MAX_ORDER_LINES + 1)} lines: ORDER_TOO_MANY_LINES at the first line past the limit, with the limit`, async () => {
    const text = await orderWithLines(MAX_ORDER_LINES + 1);
    const result = await check(text);
    const lineOfLast = text.split('\n').findIndex((line) => line.includes(`"Line ${String(MAX_ORDER_LINES + 1)}"`)) + 1;
    expect(result.diagnostics).toEqual([
      {
        file: 'order.yaml',
        line: lineOfLast,
        column: 5,
        severity: 'error',
        code: 'ORDER_TOO_MANY_LINES',
        message: 'the order has 2001 lines: at most 2000 fit on one order form',
        hint: 'split it into several orders of at most 2000 lines (about 100 pages each)',
        path: 'details.2000',
      },
    ]);
  });
});
