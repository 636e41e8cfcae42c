/**
 * `bdc render [PATH…] --out DIR [--format html,pdf]`: an order form per valid order. Invalid
 * orders are reported exactly as `bdc validate` prints them and skipped; exit 1 if any.
 */
import { InvalidInputError } from '../errors.ts';
import { render } from '../api/render.ts';
import { formatDiagnostics } from '../input/format-diagnostics.ts';
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import { RENDER_FORMATS, type RenderFormat } from '../render/render-orders.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { browserEndpointOption, concurrencyOption, languageOption, optional, parseCommandArgs, shardOption } from './options.ts';
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

Exit: 0 all rendered, 1 some input invalid (the valid ones are rendered) or no order at all,
2 bad usage, 3 a document could not be printed or the remote browser cannot be reached.`;

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
  let result;
  try {
    result = await render({
      paths: positionals,
      out: values.out,
      format: [...parseFormats(values.format)],
      ...optional('lang', languageOption(values.lang)),
      concurrency: concurrencyOption(values.concurrency),
      ...optional('shard', shardOption(values.shard)),
      ...optional('browserWSEndpoint', browserEndpointOption(values['browser-ws-endpoint'])),
      ...optional('asOf', values['as-of']),
      ...optional('reference', values.reference),
      followSymlinks: values['follow-symlinks'] === true,
      cwd: io.cwd,
      env: io.env,
      onValidated: (report) => {
        if (report.diagnostics.length > 0) io.err(formatDiagnostics(report.diagnostics, 'text', report));
      },
      onProgress: progressReporter(io, 'rendered'),
    });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    io.err(formatDiagnostics(error.report.diagnostics, 'text', error.report));
    return EXIT.failed;
  }
  for (const failure of result.failures) io.err(`bdc render: order ${failure.orderId} not rendered: ${failure.message}`);
  const { orders, failures, restarts } = result;
  io.err(
    `bdc render: ${orders - failures.length} of ${orders} order forms written to ${values.out}` +
      (restarts > 0 ? ` (the browser was restarted ${restarts} time${restarts === 1 ? '' : 's'})` : ''),
  );
  if (failures.length > 0) return EXIT.internal;
  return result.validation.errors > 0 ? EXIT.failed : EXIT.ok;
}
