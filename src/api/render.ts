/**
 * `render(options)`: the order form of every valid order, as `<out>/<orderId>.html` and
 * `.pdf`. Invalid orders are skipped and reported in `validation`; a document that could not
 * be printed is in `failures` (the others are still written). Never prints, never exits.
 */
import type { Language } from '../domain/enums.ts';
import type { ValidationReport } from '../input/validation-report.ts';
import type { PdfPrinter } from '../render/pdf/printer.ts';
import { RENDER_FORMATS, renderOrderForms, type RenderFormat } from '../render/render-orders.ts';
import { inShard, type Shard } from '../render/shard.ts';
import { resolveAsOf } from './as-of.ts';
import { outputFolderOption } from './out-option.ts';
import { concurrencyOf } from './concurrency-option.ts';
import { InvalidInputError, UsageError } from '../errors.ts';
import { loadInput } from '../input/load-input.ts';
import { requireOrders } from '../input/no-order-found.ts';
import { openPrinter } from '../render/open-printer.ts';
import { shardOf } from './shard-option.ts';
import { resolveRun, type RunOptions } from './run-options.ts';
import { DEFAULT_ORDER_PATHS } from './validate.ts';
import { DEFAULT_REFERENCE_FILE } from './reference-file.ts';

export interface RenderOptions extends RunOptions {
  /** Files or folders (default: data/orders), relative to `cwd`. */
  readonly paths?: readonly string[];
  /** The output folder (created if missing). */
  readonly out: string;
  /** Default: both. */
  readonly format?: readonly RenderFormat[];
  /** Print every form in this language (default: each order's). */
  readonly lang?: Language;
  /** The reference data (default: data/subsidiaries.yaml). */
  readonly reference?: string;
  /** Browser tabs printing at once. */
  readonly concurrency?: number;
  /** Only the orders of shard I of N: `'1/4'` or `{ index: 1, count: 4 }`. */
  readonly shard?: string | Shard;
  /** Print on a remote Chrome (ws://…) instead of launching one. */
  readonly browserWSEndpoint?: string;
  readonly followSymlinks?: boolean;
  /** Called once the input is checked, before anything is written (to show its findings early). */
  readonly onValidated?: (report: ValidationReport) => void;
  /** Called as documents are written: (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RenderedFailure {
  readonly orderId: number;
  readonly message: string;
  readonly error: unknown;
}

export interface RenderResult {
  /** Absolute paths of the files written, by order. */
  readonly written: readonly string[];
  /** Orders rendered (valid and in the shard). */
  readonly orders: number;
  /** Documents that could not be written (the run went on). */
  readonly failures: readonly RenderedFailure[];
  /** How many times the browser was relaunched after dying. */
  readonly restarts: number;
  /** The findings on the input (invalid orders were skipped). */
  readonly validation: ValidationReport;
}

function formatsOf(value: readonly string[] | undefined): Set<RenderFormat> {
  if (value === undefined) return new Set(RENDER_FORMATS);
  const formats = new Set<RenderFormat>();
  for (const item of value) {
    const format = RENDER_FORMATS.find((candidate) => candidate === item);
    if (format === undefined) throw new UsageError(`format "${item}" is not html or pdf`, "e.g. format: ['html', 'pdf'] (--format html,pdf)");
    formats.add(format);
  }
  return formats;
}

export async function render(options: RenderOptions): Promise<RenderResult> {
  const { cwd, env } = resolveRun(options);
  const formats = formatsOf(options.format);
  const shard = shardOf(options.shard);
  const concurrency = concurrencyOf(options.concurrency);
  const asOf = resolveAsOf(options.asOf, env);
  const paths = options.paths !== undefined && options.paths.length > 0 ? options.paths : DEFAULT_ORDER_PATHS;
  // A file at --out is refused before anything is read.
  const outDir = await outputFolderOption(options.out, cwd);
  const input = await loadInput({
    paths,
    referenceFile: options.reference ?? DEFAULT_REFERENCE_FILE,
    asOf,
    cwd,
    followSymlinks: options.followSymlinks ?? false,
    missingPathHint: 'give existing files or folders (default: data/orders)',
  });
  const validation = input.report;
  if (input.reference === undefined) throw new InvalidInputError('the reference data is invalid', validation);
  options.onValidated?.(validation);
  requireOrders(validation, paths);
  const orders = input.orders.map(({ order }) => order).filter((order) => shard === undefined || inShard(order.orderId, shard));
  let printer: PdfPrinter | undefined;
  try {
    if (formats.has('pdf') && orders.length > 0) {
      printer = await openPrinter(
        { asOf, env, concurrency, ...(options.browserWSEndpoint === undefined ? {} : { browserWSEndpoint: options.browserWSEndpoint }) },
        'or render HTML only: --format html',
      );
    }
    const report = await renderOrderForms(orders, {
      outDir,
      formats,
      asOf,
      ...(options.lang === undefined ? {} : { language: options.lang }),
      ...(printer === undefined ? {} : { printer }),
      window: concurrency * 3,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const failures = report.failures.map(({ orderId, error }) => ({
      orderId,
      message: error instanceof Error ? error.message : String(error),
      error,
    }));
    return { written: report.written, orders: orders.length, failures, restarts: printer?.restarts ?? 0, validation };
  } finally {
    await printer?.close();
  }
}
