import type { CliIo } from './io.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

// Placeholder: being written.
export function run(_argv: readonly string[], io: CliIo): Promise<ExitCode> {
  io.err('bdc build: not implemented yet');
  return Promise.resolve(EXIT.internal);
}
