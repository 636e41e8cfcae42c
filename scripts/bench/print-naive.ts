/** The naive printer the benchmark compares against: a new browser for every document. */
import type { Temporal } from 'temporal-polyfill';
import { finalizePdf } from '../../src/render/pdf/finalize-pdf.ts';
import { launchBrowser } from '../../src/render/pdf/launch-browser.ts';
import { openLockedPage } from '../../src/render/pdf/page-setup.ts';
import { pdfOptions, type PrintJob } from '../../src/render/pdf/print-options.ts';

export async function printNaive(job: PrintJob, executablePath: string, asOf: Temporal.Instant): Promise<Uint8Array> {
  const launched = await launchBrowser(executablePath);
  try {
    const page = await openLockedPage(launched.browser);
    await page.setContent(job.html, { waitUntil: 'load' });
    const raw = await page.pdf(pdfOptions(job, 30_000));
    return await finalizePdf(raw, { title: job.title, language: job.language, date: asOf, contentKey: job.html });
  } finally {
    await launched.close();
  }
}
