/**
 * The PDF printer: one browser per run, a pool of locked-down tabs printing concurrently.
 * If Chromium dies, it is relaunched and the document retried once; a document that takes
 * longer than the timeout fails alone. The browser is closed by `close()` (call it in
 * `finally`, or use `withPdfPrinter`) and killed on SIGINT / SIGTERM.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { Temporal } from 'temporal-polyfill';
import { DEFAULT_CONCURRENCY } from './default-concurrency.ts';
import { PrintError, PrintTimeoutError, withTimeout } from './errors.ts';
import { finalizePdf } from './finalize-pdf.ts';
import { findBrowser } from './find-browser.ts';
import { connectBrowser, launchBrowser, type LaunchedBrowser } from './launch-browser.ts';
import { onInterrupt } from '../../io/on-interrupt.ts';
import { loadDocument } from './load-document.ts';
import { openLockedPage } from './page-setup.ts';
import type { PrintJob } from './print-options.ts';
import { printPage } from './print-page.ts';

export interface PrinterOptions {
  /** "Now" of the run: the PDFs' creation and modification dates. */
  readonly asOf: Temporal.Instant;
  /** The browser; default: `findBrowser(env)`. */
  readonly executablePath?: string;
  /** Print on a remote Chrome (`puppeteer.connect`) instead of launching one. */
  readonly browserWSEndpoint?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Tabs printing at once; default 3 (best measured on 2 cores). */
  readonly concurrency?: number;
  /** Per-document limit in milliseconds; default 30 s. */
  readonly timeoutMs?: number;
  /** Kill the browser on SIGINT / SIGTERM and exit 130 / 143; default true. */
  readonly handleSignals?: boolean;
}

export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  /** How many times the browser was relaunched after dying. */
  readonly restarts: number;
  /** How many tabs were opened (one per slot, again after PRINTS_PER_TAB documents or a relaunch). */
  readonly tabsOpened: number;
  /** The running browser's process id (for fault-injection tests). */
  readonly browserPid: number | undefined;
  close(): Promise<void>;
}

interface Slot {
  page: Page | undefined;
  /** The tab's own DevTools session: it prints (printPage). */
  session: CDPSession | undefined;
  generation: number;
  /** The head of the document the tab holds (see loadDocument). */
  shell: string | undefined;
  /** Documents printed by the tab. */
  prints: number;
}

/**
 * A tab is replaced after this many documents: one that keeps swapping bodies slows down
 * (3 tabs on 2 cores: 57 forms/s falling to 40/s over 3,000 forms; steady at 55–60/s when
 * replaced every 50 or 200), and a new tab costs only one load of the shared head.
 */
const PRINTS_PER_TAB = 100;

export const DEFAULT_TIMEOUT_MS = 30_000;

export async function createPdfPrinter(options: PrinterOptions): Promise<PdfPrinter> {
  const endpoint = options.browserWSEndpoint;
  const executablePath =
    endpoint === undefined ? (options.executablePath ?? (await findBrowser(options.env ?? process.env))) : '';
  const start = (): Promise<LaunchedBrowser> =>
    endpoint === undefined ? launchBrowser(executablePath) : connectBrowser(endpoint);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let current: LaunchedBrowser = await start();
  let generation = 0;
  let relaunching: Promise<void> | undefined;
  let restarts = 0;
  let tabsOpened = 0;
  let closed = false;
  /** Read through a function: the flag changes while a print awaits. */
  const isClosed = (): boolean => closed;
  const unsubscribe =
    options.handleSignals === false
      ? () => undefined
      : onInterrupt(() => {
          current.kill();
        });

  const free: Slot[] = Array.from({ length: concurrency }, (): Slot => ({ page: undefined, session: undefined, generation: -1, shell: undefined, prints: 0 }));
  const waiting: ((slot: Slot) => void)[] = [];

  const acquire = (): Promise<Slot> => {
    const slot = free.pop();
    return slot === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(slot);
  };
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next === undefined) free.push(slot);
    else next(slot);
  };

  /** Relaunches a dead browser once, however many documents noticed its death. */
  const relaunchIfDead = async (seenGeneration: number): Promise<void> => {
    if (seenGeneration !== generation || current.browser.connected) return;
    relaunching ??= (async () => {
      current.kill();
      current = await start();
      generation += 1;
      restarts += 1;
    })().finally(() => {
      relaunching = undefined;
    });
    await relaunching;
  };

  const discardPage = (slot: Slot): void => {
    const page = slot.page;
    slot.page = undefined;
    slot.session = undefined;
    slot.shell = undefined;
    if (page !== undefined) void page.close().catch(() => undefined);
  };

  const printOn = async (slot: Slot, job: PrintJob): Promise<Uint8Array> => {
    if (relaunching !== undefined) await relaunching;
    if (slot.page !== undefined && slot.prints >= PRINTS_PER_TAB) discardPage(slot);
    if (slot.page === undefined || slot.generation !== generation) {
      slot.page = await openLockedPage(current.browser);
      tabsOpened += 1;
      current.track?.(slot.page);
      slot.session = await slot.page.createCDPSession();
      slot.generation = generation;
      slot.shell = undefined;
      slot.prints = 0;
    }
    slot.prints += 1;
    const { page, session } = slot;
    if (session === undefined) throw new Error('a tab without its DevTools session');
    const previousShell = slot.shell;
    slot.shell = undefined; // Unknown until this document is fully loaded and printed.
    const shell = await loadDocument(page, job.html, job.title, previousShell, timeoutMs);
    const pdf = await printPage(session, job, timeoutMs);
    slot.shell = shell;
    return pdf;
  };

  const print = async (job: PrintJob): Promise<Uint8Array> => {
    if (isClosed()) throw new PrintError(job.title, 'the printer is closed');
    for (let attempt = 1; ; attempt += 1) {
      const slot = await acquire();
      const seenGeneration = generation;
      try {
        const raw = await withTimeout(printOn(slot, job), timeoutMs, () => {
          return new PrintTimeoutError(job.title, `not printed within ${timeoutMs} ms`);
        });
        release(slot);
        return await finalizePdf(raw, {
          title: job.title,
          language: job.language,
          date: options.asOf,
          contentKey: job.html,
        });
      } catch (error) {
        discardPage(slot);
        release(slot);
        if (error instanceof PrintTimeoutError) throw error;
        const died = !current.browser.connected || seenGeneration !== generation;
        if (died && attempt === 1 && !isClosed()) {
          await relaunchIfDead(seenGeneration);
          continue;
        }
        throw new PrintError(job.title, died ? 'the browser died twice while printing it' : 'printing failed', {
          cause: error,
        });
      }
    }
  };

  return {
    print,
    get restarts() {
      return restarts;
    },
    get tabsOpened() {
      return tabsOpened;
    },
    get browserPid() {
      return current.browser.process()?.pid;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (relaunching !== undefined) await relaunching.catch(() => undefined);
        await current.close();
      } finally {
        unsubscribe();
      }
    },
  };
}

/** Runs `use` with a printer and always closes it, whatever happens. */
export async function withPdfPrinter<T>(options: PrinterOptions, use: (printer: PdfPrinter) => Promise<T>): Promise<T> {
  const printer = await createPdfPrinter(options);
  try {
    return await use(printer);
  } finally {
    await printer.close();
  }
}
