/**
 * The documents of a build: every order's form (HTML, PDF) and, for each order whose own
 * withdrawal request is eligible, its withdrawal summary, all in `<outDir>/`. Orders stream
 * through a bounded window (at most `window` orders' documents in memory at once), every form
 * first, then the summaries (a printing tab reloads whenever the document's head changes). With a
 * cache, an order whose key is known is restored from it and nothing is rendered; the others
 * are rendered, then stored. The printer is asked for only when something must be printed.
 * Files are written atomically. Without a cache they are not flushed one by one: `outDir` is a
 * staging folder, published whole by renaming, as the site's pages are. With one they are: the
 * cache links the same files into entries that outlive the build, and an entry must never hold a
 * file a crash left empty.
 */
import { mkdir } from 'node:fs/promises';
import type { Temporal } from 'temporal-polyfill';
import type { Order } from '../domain/order.ts';
import type { PdfPrinter } from '../render/pdf/printer.ts';
import { renderOrderForms, RENDER_FORMATS, type RenderFailure } from '../render/render-orders.ts';
import type { WithdrawalAssessment } from '../domain/withdrawal/index.ts';
import { assessRequestedWithdrawal, renderWithdrawalSummary } from '../render/withdrawal/render-summary.ts';
import type { BuildCache } from './cache/build-cache.ts';
import type { PhaseRecorder } from './phase-timings.ts';

export interface DocumentsOrder {
  readonly order: Order;
  /** The cache key of its documents (see cache/order-key.ts); undefined: not cached. */
  readonly key?: string;
}

export interface DocumentsOptions {
  readonly outDir: string;
  readonly asOf: Temporal.Instant;
  /** Called once, on the first document to print. */
  readonly printer: () => Promise<PdfPrinter>;
  readonly cache?: BuildCache;
  /** Orders in flight at once (default 12). */
  readonly window?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Records the time spent printing and writing the cache (phase-timings.ts). */
  readonly phases?: PhaseRecorder;
}

export interface DocumentsReport {
  readonly forms: number;
  readonly summaries: number;
  /** Orders whose documents came from the cache. */
  readonly reused: number;
  readonly failures: readonly RenderFailure[];
}

/** An order whose form is printed and whose withdrawal summary is still to print. */
interface PendingSummary {
  readonly item: DocumentsOrder;
  readonly formFiles: readonly string[];
  readonly assessment: WithdrawalAssessment;
}

interface OrderOutcome {
  readonly form: boolean;
  readonly summary: boolean;
  readonly reused: boolean;
  readonly failure?: RenderFailure;
}

/** The order's form; its withdrawal assessment when a summary must follow. */
async function renderForm(
  order: Order,
  options: DocumentsOptions,
  printer: PdfPrinter,
): Promise<{ files: string[]; failure?: RenderFailure; summaryOf?: WithdrawalAssessment }> {
  const forms = await renderOrderForms([order], {
    outDir: options.outDir,
    formats: new Set(RENDER_FORMATS),
    asOf: options.asOf,
    printer,
    window: 1,
    flush: options.cache !== undefined,
  });
  const [failure] = forms.failures;
  if (failure !== undefined) return { files: [], failure };
  const assessment = assessRequestedWithdrawal(order);
  return assessment?.eligible === true ? { files: forms.written, summaryOf: assessment } : { files: forms.written };
}

async function renderSummary(
  pending: PendingSummary,
  options: DocumentsOptions,
  printer: PdfPrinter,
): Promise<{ files: string[]; outcome: OrderOutcome }> {
  const { order } = pending.item;
  try {
    const summary = await renderWithdrawalSummary(order, pending.assessment, options.asOf, {
      outDir: options.outDir,
      formats: ['html', 'pdf'],
      printer,
      flush: options.cache !== undefined,
    });
    return { files: [...pending.formFiles, ...summary], outcome: { form: true, summary: true, reused: false } };
  } catch (error) {
    return {
      files: [],
      outcome: { form: true, summary: false, reused: false, failure: { orderId: order.orderId, error } },
    };
  }
}

function isSummary(name: string): boolean {
  return name.endsWith('-withdrawal.html');
}

export async function buildDocuments(
  orders: readonly DocumentsOrder[],
  options: DocumentsOptions,
): Promise<DocumentsReport> {
  await mkdir(options.outDir, { recursive: true });
  let printer: Promise<PdfPrinter> | undefined;
  const untimed = <T>(run: () => Promise<T>): Promise<T> => run();
  const printing = options.phases?.busy('documents: printing (any print in flight)') ?? untimed;
  const caching = options.phases?.busy('documents: cache writes (any in flight)') ?? untimed;
  const timedPrinter = async (): Promise<PdfPrinter> => {
    const opened = await options.printer();
    if (options.phases === undefined) return opened;
    return {
      print: (job) => printing(() => opened.print(job)),
      get restarts() {
        return opened.restarts;
      },
      get tabsOpened() {
        return opened.tabsOpened;
      },
      get browserPid() {
        return opened.browserPid;
      },
      close: () => opened.close(),
    };
  };
  const outcomes: OrderOutcome[] = [];
  let done = 0;

  const pending: PendingSummary[] = [];
  const store = async (key: string | undefined, files: readonly string[]): Promise<void> => {
    const { cache } = options;
    if (cache !== undefined && key !== undefined) await caching(() => cache.storeDocuments(key, files));
  };

  /** The order's outcome, or undefined when its summary is still to print (it went to `pending`). */
  const formOf = async (item: DocumentsOrder): Promise<OrderOutcome | undefined> => {
    if (options.cache !== undefined && item.key !== undefined) {
      const restored = await options.cache.restoreDocuments(item.key, options.outDir);
      if (restored !== undefined) return { form: true, summary: restored.some(isSummary), reused: true };
    }
    printer ??= timedPrinter();
    const { files, failure, summaryOf } = await renderForm(item.order, options, await printer);
    if (failure !== undefined) return { form: false, summary: false, reused: false, failure };
    if (summaryOf !== undefined) {
      pending.push({ item, formFiles: files, assessment: summaryOf });
      return undefined;
    }
    await store(item.key, files);
    return { form: true, summary: false, reused: false };
  };

  const summaryOf = async (summary: PendingSummary): Promise<OrderOutcome> => {
    const { files, outcome } = await renderSummary(summary, options, await (printer ??= timedPrinter()));
    if (outcome.failure === undefined) await store(summary.item.key, files);
    return outcome;
  };

  /** Runs `step` over `items`, `window` at a time; an order is done when it has an outcome. */
  const runAll = async <T>(
    items: readonly T[],
    orderOf: (item: T) => Order,
    step: (item: T) => Promise<OrderOutcome | undefined>,
  ): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item === undefined) continue;
        let outcome: OrderOutcome | undefined;
        try {
          outcome = await step(item);
        } catch (error) {
          outcome = { form: false, summary: false, reused: false, failure: { orderId: orderOf(item).orderId, error } };
        }
        if (outcome === undefined) continue;
        outcomes.push(outcome);
        done += 1;
        options.onProgress?.(done, orders.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(window, items.length) }, worker));
  };

  const window = Math.max(1, options.window ?? 12);
  // Every form first, then the withdrawal summaries: a printing tab keeps the head (styles,
  // fonts) of what it printed last, and forms and summaries have different heads, so mixing
  // them reloaded a tab about twice per summary (212 full loads for 1,114 documents at 1,000
  // orders, against ~45 once they are apart).
  await runAll(orders, ({ order }) => order, formOf);
  await runAll(pending, ({ item }) => item.order, summaryOf);
  const failures = outcomes.flatMap(({ failure }) => (failure === undefined ? [] : [failure]));
  failures.sort((a, b) => a.orderId - b.orderId);
  return {
    forms: outcomes.filter(({ form }) => form).length,
    summaries: outcomes.filter(({ summary }) => summary).length,
    reused: outcomes.filter(({ reused }) => reused).length,
    failures,
  };
}
