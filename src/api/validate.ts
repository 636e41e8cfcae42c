/**
 * `validate(options)`: parse and check order fixtures; the result is the object that
 * `bdc validate --format json` prints. Never prints, never exits.
 */
import type { ValidationReport } from '../input/validation-report.ts';
import { resolveAsOf } from './as-of.ts';
import { loadInput } from '../input/load-input.ts';
import { requireOrders } from '../input/no-order-found.ts';
import { existingReferenceFile } from './reference-file.ts';
import { resolveRun, type RunOptions } from './run-options.ts';

export const DEFAULT_ORDER_PATHS: readonly string[] = ['data/orders'];

export interface ValidateOptions extends RunOptions {
  /** Files or folders (default: data/orders), relative to `cwd`. */
  readonly paths?: readonly string[];
  /** The reference data (default: data/subsidiaries.yaml). */
  readonly reference?: string;
  /** Read symbolic links that point outside the data folder (default false). */
  readonly followSymlinks?: boolean;
  /** Refuse larger files, in bytes (default 1 MiB). */
  readonly maxFileSize?: number;
}

export type ValidateResult = ValidationReport;

/**
 * Every finding of every file. Throws a BdcError: `usage` for a missing path or reference
 * file, `failed` (NO_ORDER_FOUND) when the paths hold no order at all.
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidateResult> {
  const { cwd, env } = resolveRun(options);
  const asOf = resolveAsOf(options.asOf, env);
  const referenceFile = await existingReferenceFile(options.reference, cwd);
  const paths = options.paths !== undefined && options.paths.length > 0 ? options.paths : DEFAULT_ORDER_PATHS;
  const { report } = await loadInput({
    paths,
    referenceFile,
    asOf,
    cwd,
    followSymlinks: options.followSymlinks ?? false,
    ...(options.maxFileSize === undefined ? {} : { maxFileBytes: options.maxFileSize }),
    keepOrders: false,
    missingPathHint: 'give existing files or folders (default: data/orders)',
  });
  requireOrders(report, paths);
  return report;
}
