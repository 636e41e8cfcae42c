/**
 * What the library throws: a `BdcError` has a stable `code`, a one-line `message`, a `hint`,
 * and a `kind` the command line maps to its exit code (usage → 2, failed → 1, os, printer and
 * site → 3). Thrown from every layer (input, render, pipeline, api); exported by src/index.ts.
 * Internal errors keep their `cause`.
 */

import type { ValidationReport } from './input/validation-report.ts';

/** usage: how it was called; failed: the input (or the lock); os, printer, site: the environment. */
export type BdcErrorKind = 'usage' | 'failed' | 'os' | 'printer' | 'site';

export interface BdcErrorOptions extends ErrorOptions {
  readonly hint?: string | undefined;
}

export class BdcError extends Error {
  override readonly name: string = 'BdcError';
  readonly code: string;
  readonly kind: BdcErrorKind;
  readonly hint: string | undefined;

  constructor(kind: BdcErrorKind, code: string, message: string, options: BdcErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.code = code;
    this.hint = options.hint;
  }
}

/** A mistake in how a function or command was called (a bad option, a missing path): exit 2. */
export class UsageError extends BdcError {
  override readonly name: string = 'UsageError';

  constructor(message: string, hint: string, options?: ErrorOptions) {
    super('usage', 'USAGE', message, { hint, ...(options?.cause === undefined ? {} : { cause: options.cause }) });
  }
}

/** The input has errors: `report` holds every finding (what `validate()` returns). */
export class InvalidInputError extends BdcError {
  override readonly name: string = 'InvalidInputError';
  readonly report: ValidationReport;

  constructor(message: string, report: ValidationReport, hint?: string) {
    super('failed', 'INPUT_INVALID', message, { hint });
    this.report = report;
  }
}
