/**
 * The first step of every function: read the reference data and the orders, and hand back
 * the valid orders with the validation report (what `bdc validate` prints). Nothing printed.
 */
import { resolve } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import type { Reference } from '../domain/subsidiary.ts';
import type { Diagnostic } from './diagnostic.ts';
import { withFindings } from './diagnostic-collector.ts';
import { DEFAULT_MAX_FINDINGS } from './format-diagnostics.ts';
import { readReference } from './load-reference.ts';
import { listOrderFiles, loadOrders, PathNotFoundError, type LoadedOrder } from './load-orders.ts';
import { validationReport, type ValidationReport } from './validation-report.ts';
import { DEFAULT_MAX_FILE_BYTES } from './yaml/decode-source.ts';
import { UsageError } from '../errors.ts';

export interface InputOptions {
  readonly paths: readonly string[];
  /** Relative to `cwd`. */
  readonly referenceFile: string;
  readonly asOf: Temporal.Instant;
  readonly cwd: string;
  readonly followSymlinks: boolean;
  readonly maxFileBytes?: number;
  /** Keep the valid orders (default true); validation alone needs only the findings. */
  readonly keepOrders?: boolean;
  /** At most this many findings kept, the first ones (default 1,000; Infinity: all); the counts cover every one. */
  readonly maxFindings?: number;
  /** The hint when a path does not exist. */
  readonly missingPathHint: string;
}

export interface Input {
  /** Undefined when the reference data itself is invalid (nothing can be checked). */
  readonly reference: Reference | undefined;
  readonly orders: readonly LoadedOrder[];
  readonly diagnostics: readonly Diagnostic[];
  readonly report: ValidationReport;
  readonly hasErrors: boolean;
}

export async function loadInput(options: InputOptions): Promise<Input> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // The folders are listed while the reference data is read (a missing path is still reported after it).
  const listing = listOrderFiles(options.paths, { cwd: options.cwd, followSymlinks: options.followSymlinks });
  const { reference, diagnostics: referenceDiagnostics } = await readReference(resolve(options.cwd, options.referenceFile), {
    cwd: options.cwd,
    // The limit is meant for order files; it never goes below the default for the reference data.
    maxFileBytes: Math.max(maxFileBytes, DEFAULT_MAX_FILE_BYTES),
  });
  if (reference === undefined) {
    const report = validationReport(referenceDiagnostics, { orders: 0, files: 1 });
    return { reference, orders: [], diagnostics: referenceDiagnostics, report, hasErrors: true };
  }
  let loaded;
  try {
    loaded = await loadOrders(options.paths, reference, options.asOf, {
      cwd: options.cwd,
      maxFileBytes,
      followSymlinks: options.followSymlinks,
      maxDiagnostics: options.maxFindings ?? DEFAULT_MAX_FINDINGS,
      listing,
      ...(options.keepOrders === undefined ? {} : { keepOrders: options.keepOrders }),
    });
  } catch (cause) {
    if (cause instanceof PathNotFoundError) throw new UsageError(cause.message, options.missingPathHint, { cause });
    throw cause;
  }
  const { diagnostics, errors, warnings } = withFindings(referenceDiagnostics, loaded);
  const report = validationReport(diagnostics, { orders: loaded.documents, files: loaded.files, errors, warnings });
  return { reference, orders: loaded.orders, diagnostics, report, hasErrors: errors > 0 };
}
