/** What every library function takes besides its own options: where it runs and its settings. */
import type { AsOf, Env } from './as-of.ts';

export interface RunOptions {
  /** "Now" for every time-dependent rule (default: SOURCE_DATE_EPOCH in `env`, else the clock). */
  readonly asOf?: AsOf;
  /** Base for relative paths and for the file names in diagnostics (default: process.cwd()). */
  readonly cwd?: string;
  /** The environment read for SOURCE_DATE_EPOCH, the browser… (default: process.env). */
  readonly env?: Env;
}

export interface ResolvedRun {
  readonly cwd: string;
  readonly env: Env;
}

export function resolveRun(options: RunOptions): ResolvedRun {
  return { cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env };
}
