/**
 * `bdc withdraw FILE`: may the consumer withdraw from the order in FILE, and what is refunded
 * when. Exit 0 eligible, 1 not eligible (or the order is invalid), 2 bad usage. With `--out`,
 * an eligible withdrawal's summary is written as `DIR/<orderId>-withdrawal.html` and `.pdf`.
 */
import { InvalidInputError } from '../errors.ts';
import { runWithdrawal } from '../api/withdraw.ts';
import { formatDiagnostics } from '../input/format-diagnostics.ts';
import { withdrawalText } from '../render/withdrawal/report-text.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { optional, parseCommandArgs } from './options.ts';
import { UsageError } from './usage-error.ts';

export const HELP = `Usage: bdc withdraw FILE [options]

Decide whether the consumer may withdraw from the order in FILE, and compute the refund
(the sums paid minus the days of service consumed) and its due date.

Options:
  --at DATETIME       when the withdrawal is requested (default: the order's retraction.requestedAt)
  --order ID          the order to assess when FILE holds several
  --out DIR           write DIR/<orderId>-withdrawal.html and .pdf (only when eligible)
  --format FORMAT     text | json (default: text)
  --reference FILE    reference data (default: data/subsidiaries.yaml)
  --as-of DATETIME    "now" for validation and the documents (default: SOURCE_DATE_EPOCH, else the clock)
  -h, --help          show this help

Exit: 0 eligible, 1 not eligible or invalid order, 2 bad usage.`;

const OPTIONS = {
  at: { type: 'string' },
  order: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  reference: { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function outputFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  const format = FORMATS.find((candidate) => candidate === value);
  if (format === undefined) throw new UsageError(`--format "${value}" is not one of ${FORMATS.join(', ')}`, 'use --format text or --format json');
  return format;
}

function orderIdOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`--order "${value}" is not an order number`, 'e.g. --order 218764523');
  return Number(value);
}


export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('withdraw', argv, OPTIONS);
  if (values.help === true) {
    io.out(HELP);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(file === undefined ? 'no order file given' : `expected one order file, got ${positionals.length}`, 'bdc withdraw data/orders/218764523.yaml [--at DATETIME]');
  }
  const format = outputFormat(values.format);
  const wanted = orderIdOption(values.order);
  let run;
  try {
    run = await runWithdrawal({
      file,
      ...optional('at', values.at),
      ...optional('order', wanted),
      ...optional('out', values.out),
      ...optional('reference', values.reference),
      ...optional('asOf', values['as-of']),
      cwd: io.cwd,
      env: io.env,
    });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    io.out(formatDiagnostics(error.report.diagnostics, format, error.report));
    return EXIT.failed;
  }
  const { order, assessment, json, warnings, report, written } = run;
  if (warnings.length > 0) io.err(formatDiagnostics(warnings, 'text', report));
  io.out(format === 'json' ? JSON.stringify(json, null, 2) : withdrawalText(order, assessment));
  if (written !== undefined && format === 'text') io.out(['', ...written.map((path) => `Written: ${path}`)].join('\n'));
  return assessment.eligible ? EXIT.ok : EXIT.failed;
}
