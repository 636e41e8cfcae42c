import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { findBrowser } from '../../../src/render/pdf/find-browser.ts';
import { withPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';
import { pdfInfo, pdfPages, squeeze } from './poppler.ts';

// The packaged headless shell is preferred where it runs; the system's Chromium must print the same form.
// Found as the product finds it with the packaged shell and Puppeteer's cache left out (none: skipped).
const SYSTEM_CHROMIUM = await findBrowser({ BDC_HEADLESS_SHELL: '0', PUPPETEER_CACHE_DIR: '/nonexistent' }).catch(() => undefined);

describe.skipIf(SYSTEM_CHROMIUM === undefined)('printing with the system Chromium (full browser, new headless)', () => {
  it('gives the same text, metadata and reproducible bytes', async () => {
    const order = await fixtureOrder(ORDER_IDS.eur);
    const { job } = orderFormDocument(order, AS_OF);
    const [first, second] = await withPdfPrinter({ asOf: AS_OF, executablePath: SYSTEM_CHROMIUM ?? '', handleSignals: false }, (printer) =>
      Promise.all([printer.print(job), printer.print(job)]),
    );
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const file = join(await mkdtemp(join(tmpdir(), 'bdc-system-chromium-')), 'form.pdf');
    await writeFile(file, first);
    const text = squeeze((await pdfPages(file)).join('\n'));
    expect(text).toContain('Bon de commande 218764523 page 1 / 1');
    expect(text).toMatch(/Total TTC 1 509,40 €/);
    expect(await pdfInfo(file)).toMatchObject({ Producer: 'bdc', Tagged: 'yes', Pages: '1' });
  });
});
