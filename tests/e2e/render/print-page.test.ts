import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { finalizePdf } from '../../../src/render/pdf/finalize-pdf.ts';
import { findBrowser } from '../../../src/render/pdf/find-browser.ts';
import { launchBrowser } from '../../../src/render/pdf/launch-browser.ts';
import { openLockedPage } from '../../../src/render/pdf/page-setup.ts';
import { pdfOptions, type PrintJob } from '../../../src/render/pdf/print-options.ts';
import { printPage } from '../../../src/render/pdf/print-page.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';

describe('printPage (one DevTools call, the PDF inline)', () => {
  it('prints the same PDF as page.pdf() with the same options, with and without a footer template', async () => {
    const form = orderFormDocument(await fixtureOrder(ORDER_IDS.long), AS_OF).job;
    const jobs: PrintJob[] = [form, { ...form, pageWord: 'page' }];
    const launched = await launchBrowser(await findBrowser());
    try {
      const page = await openLockedPage(launched.browser);
      const session = await page.createCDPSession();
      await page.setContent(form.html, { waitUntil: 'load' });
      const metadata = { title: form.title, language: form.language, date: AS_OF, contentKey: form.html };
      for (const job of jobs) {
        const viaPuppeteer = await finalizePdf(await page.pdf(pdfOptions(job, 30_000)), metadata);
        const direct = await finalizePdf(await printPage(session, job, 30_000), metadata);
        expect(Buffer.from(direct).equals(Buffer.from(viaPuppeteer))).toBe(true);
        expect(Buffer.from(direct).toString('latin1')).toContain('/StructTreeRoot');
      }
    } finally {
      await launched.close();
    }
  });

  it('prints the same PDF in a locked tab (a viewport 10 px high) as in a tab with the default 800 × 600 viewport', async () => {
    const form = orderFormDocument(await fixtureOrder(ORDER_IDS.long), AS_OF).job;
    const metadata = { title: form.title, language: form.language, date: AS_OF, contentKey: form.html };
    const launched = await launchBrowser(await findBrowser());
    try {
      const printed: Buffer[] = [];
      for (const open of [() => openLockedPage(launched.browser), () => launched.browser.newPage()]) {
        const page = await open();
        expect(page.viewport()?.height).toBe(printed.length === 0 ? 10 : 600);
        await page.setContent(form.html, { waitUntil: 'load' });
        printed.push(Buffer.from(await finalizePdf(await page.pdf(pdfOptions(form, 30_000)), metadata)));
      }
      expect(printed[0]?.equals(printed[1] ?? Buffer.alloc(0))).toBe(true);
    } finally {
      await launched.close();
    }
  });
});
