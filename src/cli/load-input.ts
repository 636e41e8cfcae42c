/**
 * The commands' common first step: read the reference data and the orders, print every
 * finding on stderr as `bdc validate` would, and hand back the valid orders.
 */
import { resolve } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import type { Reference } from '../domain/subsidiary.ts';
import type { Diagnostic } from '../input/diagnostic.ts';
import { withFindings } from '../input/diagnostic-collector.ts';
import { DEFAULT_MAX_FINDINGS, formatDiagnostics } from '../input/format-diagnostics.ts';
import { readReference } from '../input/load-reference.ts';
import { loadOrders, PathNotFoundError, type LoadedOrder } from '../input/load-orders.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';

export interface InputOptions {
  readonly paths: readonly string[];
  readonly referenceFile: string;
  readonly asOf: Temporal.Instant;
  readonly followSymlinks: boolean;
}

export interface Input {
  /** Undefined when the reference data itself is invalid (nothing can be checked). */
  readonly reference: Reference | undefined;
  readonly orders: readonly LoadedOrder[];
  readonly diagnostics: readonly Diagnostic[];
  readonly hasErrors: boolean;
}

export async function loadInput(options: InputOptions, io: CliIo): Promise<Input> {
  const referenceFile = resolve(io.cwd, options.referenceFile);
  const { reference, diagnostics: referenceDiagnostics } = await readReference(referenceFile, { cwd: io.cwd });
  if (reference === undefined) {
    io.err(formatDiagnostics(referenceDiagnostics, 'text', { orders: 0, files: 1 }));
    return { reference, orders: [], diagnostics: referenceDiagnostics, hasErrors: true };
  }
  let loaded;
  try {
    loaded = await loadOrders(options.paths, reference, options.asOf, {
      cwd: io.cwd,
      followSymlinks: options.followSymlinks,
      maxDiagnostics: DEFAULT_MAX_FINDINGS,
    });
  } catch (cause) {
    if (cause instanceof PathNotFoundError) {
      throw new UsageError(cause.message, 'give existing files or folders (default: data/orders)', { cause });
    }
    throw cause;
  }
  const { diagnostics, errors, warnings } = withFindings(referenceDiagnostics, loaded);
  if (diagnostics.length > 0) {
    io.err(formatDiagnostics(diagnostics, 'text', { orders: loaded.documents, files: loaded.files, errors, warnings }, DEFAULT_MAX_FINDINGS));
  }
  return { reference, orders: loaded.orders, diagnostics, hasErrors: errors > 0 };
}
