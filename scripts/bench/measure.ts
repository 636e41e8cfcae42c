/**
 * Throughput of the printers on the same documents, for the benchmark: forms per second of
 * the pooled printer and of the naive one (a new browser per document).
 */
import type { Temporal } from 'temporal-polyfill';
import { findBrowser } from '../../src/render/pdf/find-browser.ts';
import { printNaive } from './print-naive.ts';
import type { PrintJob } from '../../src/render/pdf/print-options.ts';
import { withPdfPrinter } from '../../src/render/pdf/printer.ts';

export interface PrintRate {
  readonly documents: number;
  readonly seconds: number;
  readonly perSecond: number;
}

function rate(documents: number, started: number): PrintRate {
  const seconds = (performance.now() - started) / 1000;
  return { documents, seconds, perSecond: documents / seconds };
}

/**
 * Pooled printer. `withLaunch`: the browser launch and close included, as a one-off run pays
 * them; `printing`: the documents alone, once the browser is up.
 */
export async function measurePooled(
  jobs: readonly PrintJob[],
  asOf: Temporal.Instant,
  concurrency?: number,
): Promise<{ withLaunch: PrintRate; printing: PrintRate }> {
  const started = performance.now();
  let printing: PrintRate | undefined;
  await withPdfPrinter({ asOf, ...(concurrency === undefined ? {} : { concurrency }) }, async (printer) => {
    const printStarted = performance.now();
    await Promise.all(jobs.map((job) => printer.print(job)));
    printing = rate(jobs.length, printStarted);
  });
  const withLaunch = rate(jobs.length, started);
  return { withLaunch, printing: printing ?? withLaunch };
}

/** Naive printer: one browser per document, one document at a time. */
export async function measureNaive(jobs: readonly PrintJob[], asOf: Temporal.Instant): Promise<PrintRate> {
  const executablePath = await findBrowser();
  const started = performance.now();
  for (const job of jobs) await printNaive(job, executablePath, asOf);
  return rate(jobs.length, started);
}
