/**
 * In-process throughput of the documents: HTML order forms per second (view model, template,
 * no file writes), and PDFs per second of the project's printer and of two naive printers on
 * the same orders in the same run: (a) a new `chromium --headless --print-to-pdf` process per
 * document with the system's Chromium, (b) a new Puppeteer browser per document.
 */
import { PDFDocument } from 'pdf-lib';
import type { Temporal } from 'temporal-polyfill';
import type { Order } from '../../src/domain/order.ts';
import { orderFormDocument } from '../../src/render/order-form/document.ts';
import { findBrowser, findSystemBrowser } from '../../src/render/pdf/find-browser.ts';
import { printWithChromiumCli } from './print-chromium-cli.ts';
import { printNaive } from './print-naive.ts';
import type { PrintJob } from '../../src/render/pdf/print-options.ts';
import { withPdfPrinter } from '../../src/render/pdf/printer.ts';
import { median } from './median.ts';

export interface HtmlRate {
  readonly forms: number;
  readonly seconds: number;
  readonly perSecond: number;
}

export function measureHtml(orders: readonly Order[], asOf: Temporal.Instant): HtmlRate {
  for (const order of orders.slice(0, 20)) orderFormDocument(order, asOf); // warm the template
  const started = performance.now();
  let bytes = 0;
  for (const order of orders) bytes += orderFormDocument(order, asOf).html.length;
  const seconds = (performance.now() - started) / 1000;
  if (bytes === 0) throw new Error('no HTML rendered');
  return { forms: orders.length, seconds, perSecond: orders.length / seconds };
}

export interface PrintRate {
  readonly seconds: number;
  readonly perSecond: number;
}

export interface NaiveRate extends PrintRate {
  /** Forms printed (the first ones of the project's forms: the naive printers are slow). */
  readonly forms: number;
}

export interface PdfRates {
  readonly forms: number;
  readonly pages: { readonly min: number; readonly max: number };
  /** The project's printer, browser launch and close included. */
  readonly project: PrintRate;
  /** The project's printer once the browser is up (what a long build sees). */
  readonly printingPerSecond: number;
  /** Naive (b): a new Puppeteer browser per document (the product's browser). */
  readonly naive: PrintRate & { readonly forms?: number };
  /** project / naive (b). */
  readonly ratio: number;
  /**
   * Naive (a): a `chromium --print-to-pdf` process per document, with the system Chromium;
   * a reason instead when not measured (absent in results written before it was measured).
   */
  readonly naiveCli?: (NaiveRate & { readonly browser: string }) | { readonly notMeasured: string };
  /** project / naive (a), when measured. */
  readonly ratioCli?: number;
}

/** Forms the benchmark prints by default, and how many of them the naive printers print. */
export const PDF_FORMS = 200;
export const NAIVE_FORMS = 50;
/** The printed forms are 1–2 pages: orders of at most this many lines. */
const SHORT_FORM_LINES = 8;

/** The orders whose forms the PDF measures print: the first `count` of at most 8 lines. */
export function shortFormOrders(orders: readonly Order[], count = PDF_FORMS): Order[] {
  return orders.filter((order) => order.details.length <= SHORT_FORM_LINES).slice(0, count);
}

async function pageCounts(pdfs: readonly Uint8Array[]): Promise<number[]> {
  return Promise.all(pdfs.map(async (pdf) => (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()));
}

const rateOf = (forms: number, seconds: number): NaiveRate => ({ forms, seconds, perSecond: forms / seconds });

export async function measurePdf(orders: readonly Order[], asOf: Temporal.Instant, naiveForms = NAIVE_FORMS): Promise<PdfRates> {
  const jobs: PrintJob[] = orders.map((order) => orderFormDocument(order, asOf).job);
  // Launch, the forms, close: timed as a one-off run pays it. In between, the same forms
  // again on the running browser: what a long build sees. The machine is shared: the median
  // of three such runs.
  const runs: { readonly seconds: number; readonly printingPerSecond: number }[] = [];
  let pdfs: Uint8Array[] = [];
  for (let run = 0; run < 3; run += 1) {
    const projectStarted = performance.now();
    let firstPass = 0;
    let secondPass = 0;
    pdfs = await withPdfPrinter({ asOf, handleSignals: false }, async (printer) => {
      const printed = await Promise.all(jobs.map((job) => printer.print(job)));
      firstPass = performance.now();
      await Promise.all(jobs.map((job) => printer.print(job)));
      secondPass = performance.now();
      return printed;
    });
    runs.push({
      seconds: (performance.now() - projectStarted - (secondPass - firstPass)) / 1000,
      printingPerSecond: jobs.length / ((secondPass - firstPass) / 1000),
    });
  }
  const projectSeconds = median(runs, (run) => run.seconds).seconds;
  const printingPerSecond = median(runs, (run) => run.printingPerSecond).printingPerSecond;
  const project = { seconds: projectSeconds, perSecond: jobs.length / projectSeconds };

  const naiveJobs = jobs.slice(0, naiveForms);
  // (a) a chromium process per document, with the system Chromium.
  const chromium = await findSystemBrowser();
  const naiveCli =
    chromium === undefined
      ? { notMeasured: 'no system Chromium' }
      : { browser: chromium, ...rateOf(naiveJobs.length, await printWithChromiumCli(naiveJobs, chromium)) };

  // (b) a Puppeteer browser per document, with the product's browser.
  const executablePath = await findBrowser(process.env);
  const naiveStarted = performance.now();
  for (const job of naiveJobs) await printNaive(job, executablePath, asOf);
  const naive = rateOf(naiveJobs.length, (performance.now() - naiveStarted) / 1000);

  const pages = await pageCounts(pdfs);
  return {
    forms: jobs.length,
    pages: { min: Math.min(...pages), max: Math.max(...pages) },
    project,
    printingPerSecond,
    naive,
    ratio: project.perSecond / naive.perSecond,
    naiveCli,
    ...('perSecond' in naiveCli ? { ratioCli: project.perSecond / naiveCli.perSecond } : {}),
  };
}
