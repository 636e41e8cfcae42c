/**
 * The build cache: a second build with nothing changed prints nothing and writes the same
 * bytes; with one order changed, only that order is rendered again; without a cache every
 * order is rendered. A fake printer counts what is printed (no browser here).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../../src/pipeline/build-documents.ts';
import { openBuildCache } from '../../../src/pipeline/cache/build-cache.ts';
import { planDocuments } from '../../../src/pipeline/documents-plan.ts';
import { loadOrders, type LoadedOrder } from '../../../src/input/load-orders.ts';
import type { PdfPrinter } from '../../../src/render/pdf/printer.ts';
import type { PrintJob } from '../../../src/render/pdf/print-options.ts';
import { AS_OF, FIXTURES, testReference } from '../input/helpers.ts';

function fakePrinter(): PdfPrinter & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    print: (job: PrintJob) => {
      printed.push(job.title);
      return Promise.resolve(new TextEncoder().encode(`%PDF-fake\n${job.title}\n${job.html.length}\n`));
    },
    restarts: 0,
    tabsOpened: 0,
    browserPid: undefined,
    close: () => Promise.resolve(),
  };
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString('base64')] as const)),
  );
}

describe('documents through the build cache', () => {
  let work = '';
  let orders: LoadedOrder[] = [];
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'bdc-cache-'));
    orders = (
      await loadOrders([join(FIXTURES, 'valid'), join(FIXTURES, 'withdrawal')], await testReference(), AS_OF, {
        cwd: FIXTURES,
      })
    ).orders;
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function build(outName: string, loaded: readonly LoadedOrder[], cached: boolean) {
    const printer = fakePrinter();
    const cache = cached ? openBuildCache(join(work, 'cache')) : undefined;
    const plan = planDocuments(loaded, cached ? { asOf: AS_OF, toolFingerprint: 'test-tool' } : { asOf: AS_OF });
    const report = await buildDocuments(plan, {
      outDir: join(work, outName),
      asOf: AS_OF,
      printer: () => Promise.resolve(printer),
      ...(cache === undefined ? {} : { cache }),
    });
    return { report, printed: printer.printed, files: await filesOf(join(work, outName)) };
  }

  it('renders every order once, then reuses them all with the same bytes', async () => {
    expect(orders.length).toBeGreaterThan(3);
    const cold = await build('cold', orders, true);
    expect(cold.report.reused).toBe(0);
    expect(cold.printed).toHaveLength(cold.report.forms + cold.report.summaries);
    expect(cold.report.summaries).toBeGreaterThan(0);

    const warm = await build('warm', orders, true);
    expect(warm.printed).toStrictEqual([]);
    expect(warm.report).toStrictEqual({ ...cold.report, reused: orders.length });
    expect(warm.files).toStrictEqual(cold.files);

    const uncached = await build('uncached', orders, false);
    expect(uncached.printed).toHaveLength(cold.printed.length);
    expect(uncached.files).toStrictEqual(cold.files);
  });

  it('renders again only the order whose source changed', async () => {
    await build('cold', orders, true);
    const [first, ...others] = orders;
    if (first === undefined) throw new Error('no order');
    const changed: LoadedOrder = { ...first, source: `${first.source}\n# edited\n` };
    const after = await build('after', [changed, ...others], true);
    expect(after.report.reused).toBe(others.length);
    expect(after.printed.length).toBeGreaterThanOrEqual(1);
    expect(after.printed.every((title) => title.includes(String(first.order.orderId)))).toBe(true);
  });

  it('renders again an order whose cache entry lost a file, and everything once the cache is deleted', async () => {
    const cold = await build('cold', orders, true);
    const entries = join(work, 'cache', 'documents');
    const [damaged] = (await readdir(entries)).sort();
    if (damaged === undefined) throw new Error('no cache entry');
    const [victim] = (await readdir(join(entries, damaged))).filter((name) => name.endsWith('.pdf'));
    if (victim === undefined) throw new Error('no PDF in the entry');
    await rm(join(entries, damaged, victim));
    const repaired = await build('repaired', orders, true);
    expect(repaired.report.reused).toBe(orders.length - 1);
    expect(repaired.files).toStrictEqual(cold.files);

    await rm(join(work, 'cache'), { recursive: true });
    const again = await build('again', orders, true);
    expect(again.report.reused).toBe(0);
    expect(again.files).toStrictEqual(cold.files);
  });
});
