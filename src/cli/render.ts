/**
 * `bdc render [PATH…] --out DIR [--format html,pdf]`: an order form per valid order. Invalid
 * orders are reported exactly as `bdc validate` prints them and skipped; exit 1 if any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../domain/enums.ts';
import { compareDiagnostics, hasErrors } from '../fixtures/diagnostic.ts';
import { formatDiagnostics } from '../fixtures/format-diagnostics.ts';
import { readReference } from '../fixtures/load-reference.ts';
import { loadOrders, PathNotFoundError } from '../fixtures/load-orders.ts';
import { BrowserNotFoundError } from '../render/pdf/find-browser.ts';
import { createPdfPrinter, DEFAULT_CONCURRENCY, type PdfPrinter } from '../render/pdf/printer.ts';
import { RENDER_FORMATS, renderOrderForms, type RenderFormat } from '../render/render-orders.ts';
import { inShard, parseShard, ShardError, type Shard } from '../render/shard.ts';
import { resolveAsOf } from './as-of.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
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

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), 'run `bdc render --help` for the options', {
      cause,
    });
  }
}

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

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (language === undefined) throw new UsageError(`--lang "${value}" is not one of ${LANGUAGES.join(', ')}`, 'use --lang fr or --lang en');
  return language;
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency "${value}" is not a number from 1 to 99`, 'e.g. --concurrency 3');
  return Number(value);
}

function shardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (cause) {
    if (cause instanceof ShardError) throw new UsageError(cause.message, cause.hint, { cause });
    throw cause;
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parse(argv);
  if (values.help === true) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('--out DIR is required', 'e.g. bdc render data/orders --out dist/orders');
  const formats = parseFormats(values.format);
  const language = parseLanguage(values.lang);
  const concurrency = parseConcurrency(values.concurrency);
  const shard = values.shard === undefined ? undefined : shardOption(values.shard);
  const endpoint = values['browser-ws-endpoint'];
  const asOf = resolveAsOf(values['as-of'], io.env);
  const referenceFile = resolve(io.cwd, values.reference ?? 'data/subsidiaries.yaml');
  const paths = positionals.length > 0 ? positionals : ['data/orders'];

  const { reference, diagnostics: referenceDiagnostics } = await readReference(referenceFile, { cwd: io.cwd });
  if (reference === undefined) {
    io.err(formatDiagnostics(referenceDiagnostics, 'text', { orders: 0, files: 1 }));
    return EXIT.failed;
  }
  let loaded;
  try {
    loaded = await loadOrders(paths, reference, asOf, { cwd: io.cwd, followSymlinks: values['follow-symlinks'] === true });
  } catch (cause) {
    if (cause instanceof PathNotFoundError) throw new UsageError(cause.message, 'give existing files or folders (default: data/orders)', { cause });
    throw cause;
  }
  const diagnostics = [...referenceDiagnostics, ...loaded.diagnostics].sort(compareDiagnostics);
  if (diagnostics.length > 0) io.err(formatDiagnostics(diagnostics, 'text', { orders: loaded.documents, files: loaded.files }));

  const outDir = resolve(io.cwd, values.out);
  const orders = loaded.orders
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
    return hasErrors(diagnostics) ? EXIT.failed : EXIT.ok;
  } finally {
    await printer?.close();
  }
}
