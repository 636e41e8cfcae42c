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
