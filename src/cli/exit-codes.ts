import type { BdcErrorKind } from '../errors.ts';

/** Exit codes of every `bdc` command (CONTRACT.md). */
export const EXIT = {
  /** Success; for `withdraw`: eligible. */
  ok: 0,
  /** Invalid input found (or, for `withdraw`, not eligible). */
  failed: 1,
  /** Bad usage: unknown option, missing argument, unreadable path. */
  usage: 2,
  /** A bug or an environment failure (no browser…): a message and a stack. */
  internal: 3,
  /** Interrupted by SIGINT / SIGTERM (128 + signal number). */
  interrupted: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code of a library error (src/errors.ts). */
export function exitCodeOf(kind: BdcErrorKind): ExitCode {
  switch (kind) {
    case 'usage':
      return EXIT.usage;
    case 'failed':
      return EXIT.failed;
    case 'os':
    case 'printer':
    case 'site':
      return EXIT.internal;
  }
}
