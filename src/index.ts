/**
 * The library: `import { validate, render, withdraw, build } from '<the package>'`. Typed async
 * functions whose options are the CLI's flags in camelCase; they never print and never exit
 * (the command line, src/cli/, is a thin layer over them). Failures are `BdcError`s.
 * `render`, `withdraw` and `build` load their modules (the printer, the site build) on first
 * call, so a script that only validates starts fast.
 */
import type { BuildOptions, BuildResult } from './api/build.ts';
import type { RenderOptions, RenderResult } from './api/render.ts';
import type { WithdrawOptions, WithdrawResult } from './api/withdraw.ts';

export { validate, type ValidateOptions, type ValidateResult } from './api/validate.ts';
export { BdcError, InvalidInputError, UsageError, type BdcErrorKind } from './errors.ts';
export type { AsOf, Env } from './api/as-of.ts';
export type { RunOptions } from './api/run-options.ts';
export type { BuildOptions, BuildResult, RenderOptions, RenderResult, WithdrawOptions, WithdrawResult };
export type { Diagnostic, Severity } from './input/diagnostic.ts';
export type { ValidationReport } from './input/validation-report.ts';
export type { WithdrawalJson, WithdrawalLineJson, WithdrawalReasonJson } from './render/withdrawal/report-json.ts';

/** Withdrawal eligibility and refund for the order in `file`: the JSON assessment. */
export async function withdraw(options: WithdrawOptions): Promise<WithdrawResult> {
  return (await import('./api/withdraw.ts')).withdraw(options);
}

/** The order form of every valid order, to `out`: what was written, and the input's findings. */
export async function render(options: RenderOptions): Promise<RenderResult> {
  return (await import('./api/render.ts')).render(options);
}

/** Validate everything, then the site, the order forms and the withdrawal summaries, to `out`. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  return (await import('./api/build.ts')).build(options);
}
