/**
 * `withdraw(options)`: may the consumer withdraw from the order in `file`, and what is refunded
 * when; the result is the JSON assessment `bdc withdraw --format json` prints, plus the files
 * written when `out` is given (only for an eligible withdrawal). Never prints, never exits.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../domain/enums.ts';
import type { Order } from '../domain/order.ts';
import { assessWithdrawal, type WithdrawalAssessment } from '../domain/withdrawal/index.ts';
import { hasErrors, type Diagnostic } from '../input/diagnostic.ts';
import type { LoadedOrder } from '../input/load-orders.ts';
import { withPdfPrinter } from '../render/pdf/printer.ts';
import { withdrawalJson, type WithdrawalJson } from '../render/withdrawal/report-json.ts';
import { renderWithdrawalSummary } from '../render/withdrawal/render-summary.ts';
import { instantOf, resolveAsOf, type AsOf } from './as-of.ts';
import { InvalidInputError, UsageError } from '../errors.ts';
import { loadInput, type Input } from '../input/load-input.ts';
import { requireOrders } from '../input/no-order-found.ts';
import { existingReferenceFile } from './reference-file.ts';
import { outputFolderOption } from './out-option.ts';
import { resolveRun, type RunOptions } from './run-options.ts';

export interface WithdrawOptions extends RunOptions {
  /** The order file, relative to `cwd`. */
  readonly file: string;
  /** When the withdrawal is requested (default: the order's retraction.requestedAt). */
  readonly at?: AsOf;
  /** The order to assess when the file holds several. */
  readonly order?: number;
  /** Write `<out>/<orderId>-withdrawal.html` and `.pdf` when eligible. */
  readonly out?: string;
  /** The reference data (default: data/subsidiaries.yaml). */
  readonly reference?: string;
  /** The summary's language (default: the order's); also labels the JSON reasons. */
  readonly lang?: Language;
}

export type WithdrawResult = WithdrawalJson & {
  /** Files written (only with `out`, and only when eligible). */
  readonly written?: readonly string[];
};

/** What the command line needs besides the JSON: the order for its text report, the warnings. */
export interface WithdrawalRun {
  readonly order: Order;
  readonly assessment: WithdrawalAssessment;
  readonly json: WithdrawalJson;
  /** The order's own warnings (its file's). */
  readonly warnings: readonly Diagnostic[];
  readonly report: Input['report'];
  readonly written: readonly string[] | undefined;
  /** "Now" of the run, for a report printed from the summary's view model. */
  readonly asOf: Temporal.Instant;
}

/** The one order of the file (or the one `order` names); undefined when it is invalid. */
function pickOrder(input: Input, file: string, wanted: number | undefined): LoadedOrder | undefined {
  if (wanted === undefined) {
    if (input.report.orders > 1) {
      const ids = input.orders.map(({ order }) => order.orderId).join(', ');
      throw new UsageError(`${file} holds ${input.report.orders} orders; expected one`, `pick one with --order ID${ids === '' ? '' : ` (valid ones: ${ids})`}`);
    }
    return input.orders[0];
  }
  const found = input.orders.find(({ order }) => order.orderId === wanted);
  if (found === undefined && !hasErrors(input.diagnostics)) {
    throw new UsageError(`${file} holds no order ${wanted}`, `orders in it: ${input.orders.map(({ order }) => order.orderId).join(', ')}`);
  }
  return found;
}

/** The whole assessment; throws InvalidInputError (with its report) when the order is invalid. */
export async function runWithdrawal(options: WithdrawOptions): Promise<WithdrawalRun> {
  const { cwd, env } = resolveRun(options);
  const asOf = resolveAsOf(options.asOf, env);
  const at = options.at === undefined ? undefined : instantOf(options.at, '--at', 'write it as 2026-03-09T18:30:00+01:00');
  // A file at --out is refused before anything is read.
  const outDir = options.out === undefined ? undefined : await outputFolderOption(options.out, cwd);
  const referenceFile = await existingReferenceFile(options.reference, cwd);
  const input = await loadInput({
    paths: [options.file],
    referenceFile,
    asOf,
    cwd,
    followSymlinks: false,
    missingPathHint: 'give the path of one order file',
  });
  if (input.reference === undefined) throw new InvalidInputError('the reference data is invalid', input.report);
  requireOrders(input.report, [options.file]);
  const picked = pickOrder(input, options.file, options.order);
  if (picked === undefined) throw new InvalidInputError(`${options.file}: the order is invalid`, input.report);
  const { order } = picked;
  const requested = at ?? order.retraction?.requestedAt.toInstant();
  if (requested === undefined) {
    throw new UsageError(
      `order ${order.orderId} has no retraction request to assess`,
      'give the request time with --at 2026-03-09T18:30:00+01:00, or add retraction.requestedAt to the order',
    );
  }
  const assessment = assessWithdrawal(order, requested);
  let written: readonly string[] | undefined;
  if (outDir !== undefined && assessment.eligible) {
    written = await withPdfPrinter({ asOf, env }, (printer) =>
      renderWithdrawalSummary(order, assessment, asOf, { outDir, formats: ['html', 'pdf'], printer, ...(options.lang === undefined ? {} : { language: options.lang }) }),
    );
  }
  const warnings = input.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning' && diagnostic.file === picked.file);
  return { order, assessment, json: withdrawalJson(order, assessment, options.lang), warnings, report: input.report, written, asOf };
}

export async function withdraw(options: WithdrawOptions): Promise<WithdrawResult> {
  const { json, written } = await runWithdrawal(options);
  return written === undefined ? json : { ...json, written };
}
