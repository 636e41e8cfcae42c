import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { PrintTimeoutError } from '../../../src/render/pdf/errors.ts';
import { createPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';

const order = await fixtureOrder(ORDER_IDS.eur);
const job = orderFormDocument(order, AS_OF).job;
const asOf = Temporal.Instant.from('2026-03-05T12:00:00Z');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilDead(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && isAlive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isAlive(pid);
}

describe('the printer survives faults', () => {
  it('relaunches a browser killed mid-batch, retries, and prints every document', async () => {
    const printer = await createPdfPrinter({ asOf, concurrency: 2, handleSignals: false });
    const firstPid = printer.browserPid;
    let lastPid: number | undefined;
    try {
      expect(firstPid).toBeTypeOf('number');
      const batch = Array.from({ length: 8 }, () => printer.print(job));
      await batch[0];
      process.kill(firstPid ?? 0, 'SIGKILL');
      const pdfs = await Promise.all(batch);
      expect(pdfs).toHaveLength(8);
      for (const pdf of pdfs) expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(printer.restarts).toBe(1);
      lastPid = printer.browserPid;
      expect(lastPid).not.toBe(firstPid);
    } finally {
      await printer.close();
    }
    expect(await waitUntilDead(lastPid ?? 0)).toBe(true);
  });

  it('fails a document that takes too long, alone, and closes the browser', async () => {
    const printer = await createPdfPrinter({ asOf, timeoutMs: 1, handleSignals: false });
    const pid = printer.browserPid ?? 0;
    try {
      await expect(printer.print(job)).rejects.toBeInstanceOf(PrintTimeoutError);
      await expect(printer.print(job)).rejects.toThrow('Bon de commande 218764523: not printed within 1 ms');
    } finally {
      await printer.close();
    }
    expect(await waitUntilDead(pid)).toBe(true);
  });
});
