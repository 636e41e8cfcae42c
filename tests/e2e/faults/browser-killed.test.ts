/**
 * Chromium killed (SIGKILL) in the middle of `bdc render`: the printer relaunches it, retries
 * the documents in flight once, writes every form, and the command says it restarted.
 * (tests/e2e/render/printer-faults.test.ts checks the same at the printer's own level.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { REFERENCE_FILE } from '../../unit/render/fixture-orders.ts';
import { AS_OF, browserOf, isAlive, pdfParses, pdfText, tempFolder, waitFor, writeOrders } from './support.ts';

describe('bdc render with the browser killed mid-batch', () => {
  it('relaunches it, prints every form, and reports one restart', async () => {
    const folder = await tempFolder('killed');
    const ids = await writeOrders(folder, 10, 810_000_000);
    const out = join(folder, 'out');
    const io = memoryIo({});
    const rendering = run([folder, '--out', out, '--reference', REFERENCE_FILE, '--as-of', AS_OF, '--concurrency', '2'], io);

    const pdfCount = (): number => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.pdf')).length : 0);
    expect(await waitFor(() => pdfCount() >= 1, 60_000)).toBe(true);
    const first = browserOf(process.pid);
    expect(first).toBeDefined();
    process.kill(first?.pid ?? 0, 'SIGKILL');
    // Still mid-batch when killed: not every form was printed yet.
    expect(pdfCount()).toBeLessThan(ids.length);

    expect(await rendering).toBe(0);
    expect(io.stderr.at(-1)).toBe(`bdc render: 10 of 10 order forms written to ${out} (the browser was restarted 1 time)`);
    expect(readdirSync(out).sort()).toEqual(ids.flatMap((id) => [`${id}.html`, `${id}.pdf`]).sort());
    for (const id of ids) {
      const pdf = join(out, `${id}.pdf`);
      expect(await pdfParses(pdf), `${id}.pdf parses`).toBe(true);
      expect(await pdfText(pdf)).toContain(String(id));
    }
    expect(isAlive(first?.pid ?? 0)).toBe(false);
    expect(browserOf(process.pid)).toBeUndefined();
  });
});
