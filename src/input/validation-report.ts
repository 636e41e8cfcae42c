/**
 * The result of a validation as one plain object: what `validate()` returns and what
 * `bdc validate --format json` prints (counts, then the diagnostics in order: at most
 * `--max-findings` of them, the counts always covering every finding).
 */
import type { Diagnostic } from './diagnostic.ts';

export interface ValidationSummary {
  /** Orders checked (documents), valid or not. */
  readonly orders: number;
  readonly files: number;
  /** Every error and warning found, when the diagnostics given are only the first of them (default: counted from them). */
  readonly errors?: number;
  readonly warnings?: number;
}

export interface ValidationReport extends ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  /** Findings counted but left out of `diagnostics` (present only when some were). */
  readonly omitted?: number;
  /** Sorted by file, line, column, code. */
  readonly diagnostics: readonly Diagnostic[];
}

export function validationReport(diagnostics: readonly Diagnostic[], summary: ValidationSummary): ValidationReport {
  let counted = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') counted += 1;
  const errors = summary.errors ?? counted;
  const warnings = summary.warnings ?? diagnostics.length - counted;
  const omitted = Math.max(0, errors + warnings - diagnostics.length);
  return {
    orders: summary.orders,
    files: summary.files,
    errors,
    warnings,
    ...(omitted === 0 ? {} : { omitted }),
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
