/**
 * Ends a Vitest run with one plain line, `tests: N passed, N failed, N skipped`, that CI
 * logs and humans read without Vitest's colours and layout. "Failed" counts every failure a
 * run can have, not only failed tests: a test file that could not load, a failed hook
 * (beforeAll/afterAll errors land on their suite or file), and each error thrown outside
 * any test. A run that failed therefore never ends with "0 failed".
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

export interface SummaryCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** Errors a file or suite had outside its tests (loading, collecting, suite-level hooks). */
function errorsOutsideTests(module: TestModule): number {
  const suites: readonly (TestModule | TestSuite)[] = [module, ...module.children.allSuites()];
  return suites.filter((suite) => suite.errors().length > 0).length;
}

export function summaryCounts(
  testModules: readonly TestModule[],
  unhandledErrors: readonly SerializedError[],
  reason: TestRunEndReason = 'passed',
): SummaryCounts {
  let passed = 0;
  let failed = unhandledErrors.length;
  let skipped = 0;
  for (const module of testModules) {
    failed += errorsOutsideTests(module);
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed += 1;
      else if (state === 'failed') failed += 1;
      else skipped += 1;
    }
  }
  // Vitest says the run failed for a reason not seen above: still a failure.
  if (reason === 'failed' && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

export function summaryLine(counts: SummaryCounts): string {
  return `tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[], reason: TestRunEndReason): void {
    process.stdout.write(`\n${summaryLine(summaryCounts(testModules, unhandledErrors, reason))}\n`);
  }
}
