import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { findBrowser } from '../../../src/render/pdf/find-browser.ts';
import { browserArgs } from '../../../src/render/pdf/launch-browser.ts';
import { createPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('--browser-ws-endpoint', () => {
  it('prints on a remote browser, closes its own tabs and leaves the browser running', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'bdc-remote-'));
    const remote = await puppeteer.launch({
      executablePath: await findBrowser(),
      headless: true,
      args: [...browserArgs(profile, process.getuid?.() === 0), '--remote-debugging-port=0'],
    });
    try {
      const tabsBefore = (await remote.pages()).length;
      const printer = await createPdfPrinter({ asOf: AS_OF, browserWSEndpoint: remote.wsEndpoint(), handleSignals: false });
      try {
        const order = await fixtureOrder(ORDER_IDS.eur);
        const pdfs = await Promise.all([1, 2, 3].map(() => printer.print(orderFormDocument(order, AS_OF).job)));
        expect(pdfs.map((pdf) => Buffer.from(pdf.subarray(0, 5)).toString())).toEqual(['%PDF-', '%PDF-', '%PDF-']);
      } finally {
        await printer.close();
      }
      expect(remote.connected).toBe(true);
      expect((await remote.pages()).length).toBe(tabsBefore);
    } finally {
      await remote.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
