/**
 * Findings gathered with a bound: every one is counted (errors and warnings stay exact), but at
 * most `limit` are kept, the first ones in output order (compareDiagnostics). Memory then stays
 * bounded however many files or findings come in: the kept list is trimmed back to `limit` each
 * time it doubles.
 */
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';

export class DiagnosticCollector {
  readonly limit: number;
  #kept: Diagnostic[] = [];
  #errors = 0;
  #warnings = 0;

  /** `limit`: how many to keep (Infinity: all). */
  constructor(limit = Number.POSITIVE_INFINITY) {
    this.limit = limit;
  }

  add(diagnostic: Diagnostic): void {
    if (diagnostic.severity === 'error') this.#errors += 1;
    else this.#warnings += 1;
    this.#kept.push(diagnostic);
    if (this.#kept.length >= 2 * this.limit && this.#kept.length >= 1024) this.#trim();
  }

  addAll(diagnostics: Iterable<Diagnostic>): void {
    // One at a time: a spread of a user-sized array into a call overflows the stack.
    for (const diagnostic of diagnostics) this.add(diagnostic);
  }

  get errors(): number {
    return this.#errors;
  }

  get warnings(): number {
    return this.#warnings;
  }

  /** The kept findings, sorted (at most `limit`). */
  sorted(): Diagnostic[] {
    this.#trim();
    return [...this.#kept];
  }

  #trim(): void {
    this.#kept.sort(compareDiagnostics);
    if (this.#kept.length > this.limit) this.#kept.length = this.limit;
  }
}

export interface CountedDiagnostics {
  /** Sorted; possibly only the first of them. */
  readonly diagnostics: Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
}

/** `loaded`'s findings (counted) with a few more in front (the reference data's), sorted. */
export function withFindings(more: readonly Diagnostic[], loaded: CountedDiagnostics): CountedDiagnostics {
  let errors = 0;
  for (const diagnostic of more) if (diagnostic.severity === 'error') errors += 1;
  return {
    diagnostics: [...more, ...loaded.diagnostics].sort(compareDiagnostics),
    errors: loaded.errors + errors,
    warnings: loaded.warnings + more.length - errors,
  };
}
