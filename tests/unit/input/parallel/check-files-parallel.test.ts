/**
 * Worker-thread validation (`keepOrders: false`, as `bdc validate` runs) gives exactly the
 * diagnostics of the single-thread path: same findings, positions, order, counts, including
 * orderIds duplicated across files (located through the exact parser).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrders, type LoadOptions } from '../../../../src/input/load-orders.ts';
import { batchSize, fewestPerBatch, nextBatchSize } from '../../../../src/input/parallel/check-files-parallel.ts';
import { prestartedCount, prestartWorkers } from '../../../../src/input/parallel/worker-pool.ts';
import { AS_OF, FIXTURES, testReference } from '../helpers.ts';

async function both(paths: readonly string[], options: LoadOptions = {}) {
  const reference = await testReference();
  const single = await loadOrders(paths, reference, AS_OF, { ...options, keepOrders: false, threads: 1 });
  const two = await loadOrders(paths, reference, AS_OF, { ...options, keepOrders: false, threads: 2 });
  // Every file checked by the two workers, none by this thread.
  const three = await loadOrders(paths, reference, AS_OF, {
    ...options,
    keepOrders: false,
    threads: 3,
    workersOnly: true,
  });
  return { single, two, three };
}

describe('worker-thread validation', () => {
  it('gives the same diagnostics with workers started before their setup was known', async () => {
    const reference = await testReference();
    const paths = [join(FIXTURES, 'invalid'), join(FIXTURES, 'valid')];
    const single = await loadOrders(paths, reference, AS_OF, { cwd: FIXTURES, keepOrders: false, threads: 1 });
    prestartWorkers();
    const prestarted = await loadOrders(paths, reference, AS_OF, { cwd: FIXTURES, keepOrders: false, threads: 2, workersOnly: true });
    expect(prestarted.diagnostics).toStrictEqual(single.diagnostics);
    // Nobody took them: a run on this thread alone stops them.
    prestartWorkers();
    const alone = await loadOrders(paths, reference, AS_OF, { cwd: FIXTURES, keepOrders: false, threads: 1 });
    expect(alone.diagnostics).toStrictEqual(single.diagnostics);
    expect(prestartedCount()).toBe(0);
  });

  it('gives exactly the single-thread diagnostics on the invalid fixtures corpus', async () => {
    const { single, two, three } = await both([join(FIXTURES, 'invalid'), join(FIXTURES, 'valid')], { cwd: FIXTURES });
    expect(single.diagnostics.length).toBeGreaterThan(30);
    expect(two.diagnostics).toStrictEqual(single.diagnostics);
    expect(three.diagnostics).toStrictEqual(single.diagnostics);
    expect([two.files, two.documents]).toStrictEqual([single.files, single.documents]);
    expect([three.files, three.documents]).toStrictEqual([single.files, single.documents]);
  });

  describe('orderIds duplicated across files', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bdc-parallel-'));
      const valid = await readFile(join(FIXTURES, 'valid', 'fr-delivered.yaml'), 'utf8');
      // The same order in files 1, 4 and 7; the others hold it with another orderId.
      for (let index = 1; index <= 8; index += 1) {
        const text = index % 3 === 1 ? valid : valid.replace(/^orderId: \d+/m, `orderId: ${900000 + index}`);
        await writeFile(join(dir, `orders-${index}.yaml`), `# file ${index}\n${text}`);
      }
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reports each duplicate where the single-thread path does, naming the first file and line', async () => {
      const { single, two, three } = await both([dir], { cwd: dir });
      const duplicates = single.diagnostics.filter(({ code }) => code === 'ORDER_ID_DUPLICATE');
      expect(duplicates.map(({ file, line, column }) => `${file}:${line}:${column}`)).toStrictEqual([
        'orders-4.yaml:3:10',
        'orders-7.yaml:3:10',
      ]);
      expect(duplicates[0]?.message).toMatch(/already used at orders-1\.yaml:3$/);
      expect(two.diagnostics).toStrictEqual(single.diagnostics);
      expect(three.diagnostics).toStrictEqual(single.diagnostics);
    });
  });

  it('sends files in batches of 4 to 32, up to 32 batches per thread', () => {
    expect(batchSize(10_000, 2)).toBe(32); // 10,000 one-order files: 313 batches of 32
    expect(batchSize(2_048, 2)).toBe(32);
    expect(batchSize(1_000, 2)).toBe(15);
    expect(batchSize(250, 2)).toBe(4); // 250 files of 40 orders: 63 batches of 4
    expect(batchSize(3, 2)).toBe(4);
    expect(batchSize(100, 0)).toBe(4);
  });

  it('cuts smaller batches as the files run out, down to about 32 KiB of YAML (at least one file)', () => {
    expect(fewestPerBatch(4_300)).toBe(4); // one-order files: never fewer than 4
    expect(fewestPerBatch(12_000)).toBe(2);
    expect(fewestPerBatch(84_000)).toBe(1); // 40-order files: down to one
    expect(fewestPerBatch(Number.NaN)).toBe(4); // sizes unknown
    expect(fewestPerBatch(0)).toBe(4);
    // 250 files of 40 orders on 2 threads: 4 at a time, then 3, 2, 1 over the last 24 files.
    const sizes: number[] = [];
    for (let left = 250; left > 0; left -= sizes.at(-1) ?? 1) sizes.push(nextBatchSize(left, 2, batchSize(250, 2), fewestPerBatch(84_000)));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(250);
    expect(sizes.slice(0, 50).every((size) => size === 4)).toBe(true);
    expect(sizes.slice(-4)).toStrictEqual([1, 1, 1, 1]);
    for (let index = 1; index < sizes.length; index += 1) expect(sizes[index]).toBeLessThanOrEqual(sizes[index - 1] ?? 0);
    // Never more than the files left.
    expect(nextBatchSize(3, 2, 32, 4)).toBe(3);
    expect(nextBatchSize(10_000, 2, 32, 4)).toBe(32);
    expect(nextBatchSize(100, 2, 32, 4)).toBe(13);
  });
});
