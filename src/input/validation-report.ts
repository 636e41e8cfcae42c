/**
 * The result of a validation as one plain object: what `validate()` returns and what
 * `bdc validate --format json` prints (counts, then every diagnostic in order).
 */
import type { Diagnostic } from './diagnostic.ts';

export interface ValidationSummary {
  /** Orders checked (documents), valid or not. */
  readonly orders: number;
  readonly files: number;
}

export interface ValidationReport extends ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  /** Sorted by file, line, column, code. */
  readonly diagnostics: readonly Diagnostic[];
}

export function validationReport(diagnostics: readonly Diagnostic[], summary: ValidationSummary): ValidationReport {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    orders: summary.orders,
    files: summary.files,
    errors,
    warnings: diagnostics.length - errors,
    // Plain objects with the JSON output's keys, in its order (hint only when there is one).
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: d.path,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
    })),
  };
}
