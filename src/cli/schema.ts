/** `bdc schema`: print the fixtures' JSON Schema (the same one committed at schema/order.schema.json). */
import { parseArgs } from 'node:util';
import { orderJsonSchemaText } from '../input/json-schema.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';

const HELP = `Usage: bdc schema

Print the JSON Schema (draft-07) of the order fixtures, for editors (yaml-language-server).`;

export function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let help: boolean | undefined;
  try {
    ({
      values: { help },
    } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), 'run `bdc schema --help`', { cause });
  }
  io.out(help === true ? HELP : orderJsonSchemaText().trimEnd());
  return Promise.resolve(EXIT.ok);
}
