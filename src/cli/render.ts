/**
 * `bdc render [PATH…] --out DIR [--format html,pdf]`: an order form per valid order. Invalid
 * orders are reported exactly as `bdc validate` prints them and skipped; exit 1 if any.
 */
import { resolve } from 'node:path';
import { assertFolderOrMissing, UnsafeOutputError } from '../io/output-folder.ts';
import { BrowserNotFoundError } from '../render/pdf/find-browser.ts';
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import { createPdfPrinter, type PdfPrinter } from '../render/pdf/printer.ts';
import { RENDER_FORMATS, renderOrderForms, type RenderFormat } from '../render/render-orders.ts';
import { inShard } from '../render/shard.ts';
import { resolveAsOf } from './as-of.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { loadInput } from './load-input.ts';
import { browserEndpointOption, concurrencyOption, languageOption, parseCommandArgs, shardOption } from './options.ts';
import { progressReporter } from './progress.ts';
import { UsageError } from './usage-error.ts';

export const HELP = `Usage: bdc render [PATH…] --out DIR [options]

Render the order form of every valid order (files or folders; default: data/orders)
to DIR/<orderId>.html and DIR/<orderId>.pdf. Invalid orders are reported as
\`bdc validate\` reports them and skipped.

Options:
  --out DIR               output folder (required; created if missing)
  --format LIST           html, pdf or html,pdf (default: html,pdf)
  --lang LANG             fr | en: print every form in this language (default: each order's)
  --as-of DATETIME        "now" of the run (default: SOURCE_DATE_EPOCH, else the clock)
  --reference FILE        reference data (default: data/subsidiaries.yaml)
  --concurrency N         browser tabs printing at once (default: ${DEFAULT_CONCURRENCY})
  --shard I/N             render only the orders of shard I of N (orderId mod N = I - 1);
                          the N output folders merge by copying them together
  --browser-ws-endpoint URL
                          print on a remote Chrome (ws://…) instead of launching one
  --follow-symlinks       read symbolic links that point outside the data folder
  -h, --help              show this help

The browser: PUPPETEER_EXECUTABLE_PATH, else one installed by Puppeteer, else the
system's Chromium (apt-get install -y chromium).

Exit: 0 all rendered, 1 some input invalid (the valid ones are rendered), 2 bad usage,
3 a document could not be printed.`;

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  reference: { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  'browser-ws-endpoint': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseFormats(value: string | undefined): Set<RenderFormat> {
  if (value === undefined) return new Set(RENDER_FORMATS);
  const formats = new Set<RenderFormat>();
  for (const part of value.split(',').map((item) => item.trim())) {
    const format = RENDER_FORMATS.find((candidate) => candidate === part);
    if (format === undefined) throw new UsageError(`--format "${value}": "${part}" is not html or pdf`, 'e.g. --format html,pdf');
    formats.add(format);
  }
  return formats;
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('render', argv, OPTIONS);
  if (values.help === true) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('--out DIR is required', 'e.g. bdc render data/orders --out dist/orders');
  const formats = parseFormats(values.format);
  const language = languageOption(values.lang);
  const concurrency = concurrencyOption(values.concurrency);
  const shard = shardOption(values.shard);
  const endpoint = browserEndpointOption(values['browser-ws-endpoint']);
  const asOf = resolveAsOf(values['as-of'], io.env);
  await assertFolderOrMissing(resolve(io.cwd, values.out), io.cwd).catch((error: unknown) => {
    throw error instanceof UnsafeOutputError ? new UsageError(error.message, error.hint, { cause: error }) : error;
  });
  const input = await loadInput(
    {
      paths: positionals.length > 0 ? positionals : ['data/orders'],
      referenceFile: values.reference ?? 'data/subsidiaries.yaml',
      asOf,
      followSymlinks: values['follow-symlinks'] === true,
    },
    io,
  );
  if (input.reference === undefined) return EXIT.failed;

  const outDir = resolve(io.cwd, values.out);
  const orders = input.orders
    .map(({ order }) => order)
    .filter((order) => shard === undefined || inShard(order.orderId, shard));
  let printer: PdfPrinter | undefined;
  try {
    if (formats.has('pdf') && orders.length > 0) {
      try {
        printer = await createPdfPrinter({
          asOf,
          env: io.env,
          concurrency,
          ...(endpoint === undefined ? {} : { browserWSEndpoint: endpoint }),
        });
      } catch (cause) {
        if (cause instanceof BrowserNotFoundError) throw new UsageError(cause.message, 'or render HTML only: --format html', { cause });
        throw cause;
      }
    }
    const progress = progressReporter(io, 'rendered');
    const report = await renderOrderForms(orders, {
      outDir,
      formats,
      asOf,
      ...(language === undefined ? {} : { language }),
      ...(printer === undefined ? {} : { printer }),
      window: concurrency * 3,
      onProgress: progress,
    });
    for (const failure of report.failures) {
      const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
      io.err(`bdc render: order ${failure.orderId} not rendered: ${message}`);
    }
    const restarts = printer?.restarts ?? 0;
    io.err(
      `bdc render: ${orders.length - report.failures.length} of ${orders.length} order forms written to ${values.out}` +
        (restarts > 0 ? ` (the browser was restarted ${restarts} time${restarts === 1 ? '' : 's'})` : ''),
    );
    if (report.failures.length > 0) return EXIT.internal;
    return input.hasErrors ? EXIT.failed : EXIT.ok;
  } finally {
    await printer?.close();
  }
}
