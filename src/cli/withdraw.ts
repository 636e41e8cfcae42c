/**
 * `bdc withdraw FILE`: may the consumer withdraw from the order in FILE, and what is refunded
 * when. Exit 0 eligible, 1 not eligible (or the order is invalid), 2 bad usage. With `--out`,
 * an eligible withdrawal's summary is written as `DIR/<orderId>-withdrawal.html` and `.pdf`.
 */
import { resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { assessWithdrawal } from '../domain/withdrawal/index.ts';
import { compareDiagnostics, hasErrors } from '../input/diagnostic.ts';
import { formatDiagnostics } from '../input/format-diagnostics.ts';
import { readReference } from '../input/load-reference.ts';
import { loadOrders, PathNotFoundError, type LoadResult } from '../input/load-orders.ts';
import { withPdfPrinter } from '../render/pdf/printer.ts';
import { withdrawalJson } from '../render/withdrawal/report-json.ts';
import { withdrawalText } from '../render/withdrawal/report-text.ts';
import { withdrawalTextIn } from '../render/withdrawal/report-text-in-language.ts';
import { renderWithdrawalSummary } from '../render/withdrawal/render-summary.ts';
import { resolveAsOf } from './as-of.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { languageOption, parseCommandArgs, referenceFileOption } from './options.ts';
import { UsageError } from './usage-error.ts';

export const HELP = `Usage: bdc withdraw FILE [options]

Decide whether the consumer may withdraw from the order in FILE, and compute the refund
(the sums paid minus the days of service consumed) and its due date.

Options:
  --at DATETIME       when the withdrawal is requested (default: the order's retraction.requestedAt)
  --order ID          the order to assess when FILE holds several
  --out DIR           write DIR/<orderId>-withdrawal.html and .pdf (only when eligible)
  --format FORMAT     text | json (default: text)
  --lang LANG         fr | en | de | es | it | pl | pt: the summary's language (default: the order's),
                      also of the text report (default: English) and of the JSON reasons' labels
  --reference FILE    reference data (default: data/subsidiaries.yaml)
  --as-of DATETIME    "now" for validation and the documents (default: SOURCE_DATE_EPOCH, else the clock)
  -h, --help          show this help

Exit: 0 eligible, 1 not eligible or invalid order, 2 bad usage.`;

const OPTIONS = {
  at: { type: 'string' },
  order: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
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

function instantOption(value: string | undefined, option: string): Temporal.Instant | undefined {
  if (value === undefined) return undefined;
  try {
    return Temporal.Instant.from(value);
  } catch (cause) {
    throw new UsageError(`${option} "${value}" is not a date-time with an offset`, 'write it as 2026-03-09T18:30:00+01:00', { cause });
  }
}

function orderIdOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`--order "${value}" is not an order number`, 'e.g. --order 218764523');
  return Number(value);
}


/** The one order of the file (or the one `--order` names); undefined when it is invalid. */
function pickOrder(result: LoadResult, file: string, wanted: number | undefined): LoadResult['orders'][number] | undefined {
  if (wanted === undefined) {
    if (result.documents > 1) {
      const ids = result.orders.map(({ order }) => order.orderId).join(', ');
      throw new UsageError(`${file} holds ${result.documents} orders; expected one`, `pick one with --order ID${ids === '' ? '' : ` (valid ones: ${ids})`}`);
    }
    return result.orders[0];
  }
  const found = result.orders.find(({ order }) => order.orderId === wanted);
  if (found === undefined && !hasErrors(result.diagnostics)) {
    throw new UsageError(`${file} holds no order ${wanted}`, `orders in it: ${result.orders.map(({ order }) => order.orderId).join(', ')}`);
  }
  return found;
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
  const language = languageOption(values.lang);
  const asOf = resolveAsOf(values['as-of'], io.env);
  const at = instantOption(values.at, '--at');
  const wanted = orderIdOption(values.order);
  const referenceFile = await referenceFileOption(values.reference, io.cwd);

  const { reference, diagnostics: referenceDiagnostics } = await readReference(referenceFile, { cwd: io.cwd });
  if (reference === undefined) {
    io.out(formatDiagnostics(referenceDiagnostics, format, { orders: 0, files: 1 }));
    return EXIT.failed;
  }
  let result: LoadResult;
  try {
    result = await loadOrders([file], reference, asOf, { cwd: io.cwd });
  } catch (cause) {
    if (cause instanceof PathNotFoundError) throw new UsageError(cause.message, 'give the path of one order file', { cause });
    throw cause;
  }
  const picked = pickOrder(result, file, wanted);
  if (picked === undefined) {
    const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
    io.out(formatDiagnostics(diagnostics, format, { orders: result.documents, files: result.files }));
    return EXIT.failed;
  }
  const { order } = picked;
  const warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning' && diagnostic.file === picked.file);
  if (warnings.length > 0) io.err(formatDiagnostics(warnings, 'text', { orders: result.documents, files: result.files }));
  const requested = at ?? order.retraction?.requestedAt.toInstant();
  if (requested === undefined) {
    throw new UsageError(`order ${order.orderId} has no retraction request to assess`, 'give the request time with --at 2026-03-09T18:30:00+01:00, or add retraction.requestedAt to the order');
  }
  const assessment = assessWithdrawal(order, requested);
  const text = language === undefined ? withdrawalText(order, assessment) : withdrawalTextIn(order, assessment, asOf, language);
  io.out(format === 'json' ? JSON.stringify(withdrawalJson(order, assessment, language), null, 2) : text);
  if (values.out !== undefined && assessment.eligible) {
    const outDir = resolve(io.cwd, values.out);
    const written = await withPdfPrinter({ asOf, env: io.env }, (printer) =>
      renderWithdrawalSummary(order, assessment, asOf, { outDir, formats: ['html', 'pdf'], printer, ...(language === undefined ? {} : { language }) }),
    );
    if (format === 'text') io.out(['', ...written.map((path) => `Written: ${path}`)].join('\n'));
  }
  return assessment.eligible ? EXIT.ok : EXIT.failed;
}
