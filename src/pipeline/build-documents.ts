/**
 * The documents of a build: every order's form (HTML, PDF) and, for each order whose own
 * withdrawal request is eligible, its withdrawal summary, all in `<outDir>/`. Orders stream
 * through a bounded window (at most `window` orders' documents in memory at once). With a
 * cache, an order whose key is known is restored from it and nothing is rendered; the others
 * are rendered, then stored. The printer is asked for only when something must be printed.
 * Files are written atomically but not flushed one by one: `outDir` is a staging folder, published
 * whole by renaming, as the site's pages are.
 */
import { mkdir } from 'node:fs/promises';
import type { Temporal } from 'temporal-polyfill';
import type { Order } from '../domain/order.ts';
import type { PdfPrinter } from '../render/pdf/printer.ts';
import { renderOrderForms, RENDER_FORMATS, type RenderFailure } from '../render/render-orders.ts';
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

interface OrderOutcome {
  readonly form: boolean;
  readonly summary: boolean;
  readonly reused: boolean;
  readonly failure?: RenderFailure;
}

async function renderOrder(
  order: Order,
  options: DocumentsOptions,
  printer: PdfPrinter,
): Promise<{ files: string[]; outcome: OrderOutcome }> {
  const forms = await renderOrderForms([order], {
    outDir: options.outDir,
    formats: new Set(RENDER_FORMATS),
    asOf: options.asOf,
    printer,
    window: 1,
    flush: false,
  });
  const [formFailure] = forms.failures;
  if (formFailure !== undefined)
    return { files: [], outcome: { form: false, summary: false, reused: false, failure: formFailure } };
  const assessment = assessRequestedWithdrawal(order);
  if (assessment?.eligible !== true)
    return { files: forms.written, outcome: { form: true, summary: false, reused: false } };
  try {
    const summary = await renderWithdrawalSummary(order, assessment, options.asOf, {
      outDir: options.outDir,
      formats: ['html', 'pdf'],
      printer,
      flush: false,
    });
    return { files: [...forms.written, ...summary], outcome: { form: true, summary: true, reused: false } };
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

  const one = async ({ order, key }: DocumentsOrder): Promise<OrderOutcome> => {
    if (options.cache !== undefined && key !== undefined) {
      const restored = await options.cache.restoreDocuments(key, options.outDir);
      if (restored !== undefined) return { form: true, summary: restored.some(isSummary), reused: true };
    }
    printer ??= timedPrinter();
    const { files, outcome } = await renderOrder(order, options, await printer);
    if (options.cache !== undefined && key !== undefined && outcome.failure === undefined) {
      const { cache } = options;
      await caching(() => cache.storeDocuments(key, files));
    }
    return outcome;
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < orders.length) {
      const item = orders[next];
      next += 1;
      if (item === undefined) continue;
      try {
        outcomes.push(await one(item));
      } catch (error) {
        outcomes.push({ form: false, summary: false, reused: false, failure: { orderId: item.order.orderId, error } });
      }
      done += 1;
      options.onProgress?.(done, orders.length);
    }
  };
  const window = Math.max(1, options.window ?? 12);
  await Promise.all(Array.from({ length: Math.min(window, orders.length) }, worker));
  const failures = outcomes.flatMap(({ failure }) => (failure === undefined ? [] : [failure]));
  failures.sort((a, b) => a.orderId - b.orderId);
  return {
    forms: outcomes.filter(({ form }) => form).length,
    summaries: outcomes.filter(({ summary }) => summary).length,
    reused: outcomes.filter(({ reused }) => reused).length,
    failures,
  };
}
