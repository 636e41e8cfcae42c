import { parseAllDocuments } from 'yaml';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Subsidiary } from '../../../src/domain/subsidiary.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { orderSchema } from '../../../src/input/order-schema.ts';
import { bundleFiles, FIRST_SYNTHETIC_ORDER_ID, generateOrders } from '../../../scripts/synthetic/generate.ts';
import { mulberry32 } from '../../../scripts/synthetic/prng.ts';
import { localPrice } from '../../../scripts/synthetic/catalogue.ts';

const AS_OF = Temporal.Instant.from('2026-11-26T12:00:00+01:00');
let subsidiaries: Subsidiary[] = [];

beforeAll(async () => {
  subsidiaries = [...(await loadReference('data/subsidiaries.yaml')).values()];
});

function parsed(texts: readonly string[]): unknown[] {
  return texts.map((text) => parseAllDocuments(text)[0]?.toJS() as unknown);
}

describe('mulberry32', () => {
  it('gives the reference sequence of the algorithm for seed 1', () => {
    const random = mulberry32(1);
    expect([random.next(), random.next()]).toEqual([0.6270739405881613, 0.002735721180215478]);
  });
});

describe('localPrice', () => {
  it('converts euro cents with the currency minor unit', () => {
    expect(localPrice(458, 'EUR')).toBe('4.58');
    expect(localPrice(458, 'TND')).toBe('15.572'); // 4.58 × 3.4 = 15.572
    expect(localPrice(458, 'XOF')).toBe('3004'); // 4.58 × 655.957 = 3004.28 → 3004
    expect(localPrice(-229, 'GBP')).toBe('-1.97'); // 2.29 × 0.86 = 1.9694 → 1.97
  });
});

describe('generateOrders', () => {
  it('gives the same texts for the same seed and different texts for another seed', () => {
    const first = generateOrders(60, 42, subsidiaries);
    expect(generateOrders(60, 42, subsidiaries)).toEqual(first);
    const other = generateOrders(60, 43, subsidiaries);
    expect(other).not.toEqual(first);
    expect(other.filter((text, index) => text === first[index])).toEqual([]);
  });

  it('makes a smaller corpus a prefix of a larger one', () => {
    expect(generateOrders(200, 5, subsidiaries).slice(0, 20)).toEqual(generateOrders(20, 5, subsidiaries));
  });

  it('numbers orders from the synthetic range', () => {
    const ids = parsed(generateOrders(3, 1, subsidiaries)).map((order) => (order as { orderId: number }).orderId);
    expect(ids).toEqual([FIRST_SYNTHETIC_ORDER_ID, FIRST_SYNTHETIC_ORDER_ID + 1, FIRST_SYNTHETIC_ORDER_ID + 2]);
  });

  it('writes orders that pass the fixture schema, spread over statuses, subsidiaries and sizes', () => {
    const orders = parsed(generateOrders(500, 11, subsidiaries));
    const statuses = new Set<string>();
    const codes = new Set<string>();
    let long = 0;
    let withRequest = 0;
    for (const order of orders) {
      const result = orderSchema().safeParse(order);
      expect(result.error?.issues).toBeUndefined();
      if (!result.success) continue;
      statuses.add(result.data.history.at(-1)?.status ?? '');
      codes.add(result.data.subsidiary);
      if (result.data.details.length >= 60) long++;
      if (result.data.retraction !== undefined) withRequest++;
    }
    expect([...statuses].sort()).toEqual(['cancelled', 'cancelling', 'checking', 'delivered', 'delivering', 'documentsRequested', 'notPaid']);
    expect(codes.size).toBeGreaterThanOrEqual(10);
    expect(long).toBeGreaterThan(0);
    expect(long).toBeLessThan(30);
    expect(withRequest).toBeGreaterThan(50);
  });

  it('passes the validator with no finding at all', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bdc-synthetic-'));
    try {
      const files = bundleFiles(generateOrders(300, 3, subsidiaries), 40, 'order.schema.json');
      expect(files.map((file) => file.name)).toEqual(['orders-0001.yaml', 'orders-0002.yaml', 'orders-0003.yaml', 'orders-0004.yaml', 'orders-0005.yaml', 'orders-0006.yaml', 'orders-0007.yaml', 'orders-0008.yaml']);
      for (const file of files) await writeFile(path.join(folder, file.name), file.text);
      const reference = await loadReference('data/subsidiaries.yaml');
      const result = await loadOrders([folder], reference, AS_OF);
      expect(result.diagnostics).toEqual([]);
      expect(result.orders).toHaveLength(300);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('bundleFiles', () => {
  it('starts every file with the $schema comment and separates documents with ---', () => {
    const [file] = bundleFiles(['a: 1\n', 'b: 2\n'], 40, '../../schema/order.schema.json');
    expect(file?.text).toBe('# yaml-language-server: $schema=../../schema/order.schema.json\n# Synthetic orders written by scripts/generate-orders.ts.\na: 1\n---\nb: 2\n');
  });
});

describe('the generator\'s layout option', () => {
  it('writes one order per file unless told otherwise, --per-file being the same option', async () => {
    const { ordersPerFile } = await import('../../../scripts/generate-orders.ts');
    expect(ordersPerFile(undefined, undefined)).toBe(1);
    expect(ordersPerFile('40', undefined)).toBe(40);
    expect(ordersPerFile(undefined, '40')).toBe(40);
    expect(ordersPerFile('40', '40')).toBe(40);
    expect(ordersPerFile('0', undefined)).toBe(1);
    expect(() => ordersPerFile('40', '10')).toThrow(/disagree/);
    expect(() => ordersPerFile('x', undefined)).toThrow(/--orders-per-file must be a non-negative integer, got "x"/);
  });

  it('writes the given count of orders in files of that many', async () => {
    const { main } = await import('../../../scripts/generate-orders.ts');
    const { readdir } = await import('node:fs/promises');
    const out = await mkdtemp(path.join(tmpdir(), 'bdc-generate-'));
    try {
      const stdout = process.stdout.write.bind(process.stdout);
      process.stdout.write = () => true;
      try {
        await main(['--count', '5', '--out', path.join(out, 'one')]);
        await main(['--count', '5', '--orders-per-file', '2', '--out', path.join(out, 'two')]);
      } finally {
        process.stdout.write = stdout;
      }
      expect(await readdir(path.join(out, 'one'))).toHaveLength(5);
      expect(await readdir(path.join(out, 'two'))).toEqual(['orders-0001.yaml', 'orders-0002.yaml', 'orders-0003.yaml']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
