/**
 * SIGINT / SIGTERM during `bdc render` (a child process, as CI runs it): exit 130 / 143, no
 * process of the run left, no temporary file, and every PDF already written is complete (it
 * parses and holds its order number). tests/e2e/render/interrupt.test.ts checks the profile
 * folder and the file names; this one opens the files.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILE } from '../../unit/render/fixture-orders.ts';
import { AS_OF, browserOf, descendants, isAlive, pdfParses, pdfText, spawnBdc, tempFolder, waitFor, writeOrders } from './support.ts';

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('bdc render interrupted by %s', (signal, expectedCode) => {
  it(`exits ${expectedCode}; every PDF written is whole, nothing else is left`, async () => {
    const folder = await tempFolder(`render-${signal}`);
    const orders = join(folder, 'orders');
    const out = join(folder, 'out');
    await mkdir(orders);
    await writeOrders(orders, 30, 830_000_000);
    const bdc = spawnBdc(['render', orders, '--out', out, '--reference', REFERENCE_FILE, '--as-of', AS_OF]);
    const pid = bdc.child.pid ?? 0;
    const pdfs = (): string[] => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.pdf')) : []);
    expect(await waitFor(() => pdfs().length >= 2, 90_000)).toBe(true);
    expect(browserOf(pid)).toBeDefined();
    const tree = descendants(pid);
    bdc.child.kill(signal);
    expect(await bdc.exited).toBe(expectedCode);

    expect(await waitFor(() => tree.every(({ pid: each }) => !isAlive(each)), 5_000)).toBe(true);
    const names = readdirSync(out);
    expect(names.filter((name) => !/^\d+\.(?:html|pdf)$/.test(name))).toEqual([]);
    expect(pdfs().length).toBeLessThan(30);
    for (const name of pdfs()) {
      const file = join(out, name);
      expect(await pdfParses(file), name).toBe(true);
      expect(await pdfText(file)).toContain(name.replace('.pdf', ''));
    }
  });
});
