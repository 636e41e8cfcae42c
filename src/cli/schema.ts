/** `bdc schema`: print the fixtures' JSON Schema (the same one committed at schema/order.schema.json). */
import { orderJsonSchemaText } from '../input/json-schema.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { parseCommandArgs } from './options.ts';
import { UsageError } from './usage-error.ts';

const HELP = `Usage: bdc schema

Print the JSON Schema (draft-07) of the order fixtures, for editors (yaml-language-server).`;

export function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('schema', argv, { help: { type: 'boolean', short: 'h' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`, 'bdc schema takes no argument');
  const help = values.help;
  io.out(help === true ? HELP : orderJsonSchemaText().trimEnd());
  return Promise.resolve(EXIT.ok);
}
