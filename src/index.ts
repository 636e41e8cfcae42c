/**
 * The library: `import { validate, render, withdraw, build } from '<the package>'`. Typed async
 * functions whose options are the CLI's flags in camelCase; they never print and never exit
 * (the command line, src/cli/, is a thin layer over them). Failures are `BdcError`s.
 */
export { validate, type ValidateOptions, type ValidateResult } from './api/validate.ts';
export { withdraw, type WithdrawOptions, type WithdrawResult } from './api/withdraw.ts';
export { render, type RenderOptions, type RenderResult } from './api/render.ts';
export { build, type BuildOptions, type BuildResult } from './api/build.ts';
export { BdcError, InvalidInputError, UsageError, type BdcErrorKind } from './api/errors.ts';
export type { AsOf, Env } from './api/as-of.ts';
export type { RunOptions } from './api/run-options.ts';
export type { Diagnostic, Severity } from './input/diagnostic.ts';
export type { ValidationReport } from './input/validation-report.ts';
export type { WithdrawalJson, WithdrawalLineJson, WithdrawalReasonJson } from './render/withdrawal/report-json.ts';
