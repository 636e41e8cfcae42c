/** `bdc validate [PATH…]`: parse and check order fixtures; exit 0 (warnings allowed), 1 errors, 2 bad usage. */
import { validate } from '../api/validate.ts';
import { formatDiagnostics, OUTPUT_FORMATS, type OutputFormat } from '../input/format-diagnostics.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../input/yaml/decode-source.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { optional, parseCommandArgs } from './options.ts';
import { UsageError } from './usage-error.ts';
import { VALIDATE_OPTIONS } from './validate-options.ts';

export const HELP = `Usage: bdc validate [PATH…] [options]

Parse and check order fixtures (files or folders, *.yaml / *.yml; default: data/orders).

Options:
  --reference FILE        reference data (default: data/subsidiaries.yaml)
  --format FORMAT         text | json | github (default: text)
  --as-of DATETIME        "now" for time-dependent rules (default: SOURCE_DATE_EPOCH, else the clock)
  --max-file-size BYTES   refuse larger files (default: ${DEFAULT_MAX_FILE_BYTES})
  --follow-symlinks       read symbolic links that point outside the data folder
  -h, --help              show this help

Exit: 0 no error (warnings allowed), 1 errors found or no order at all, 2 bad usage.`;

function outputFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  const format = OUTPUT_FORMATS.find((candidate) => candidate === value);
  if (format === undefined)
    throw new UsageError(
      `--format "${value}" is not one of ${OUTPUT_FORMATS.join(', ')}`,
      'use --format text, json or github',
    );
  return format;
}

function maxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  if (!/^\d{1,15}$/.test(value) || Number(value) === 0) {
    throw new UsageError(
      `--max-file-size "${value}" is not a positive number of bytes`,
      `e.g. --max-file-size ${4 * DEFAULT_MAX_FILE_BYTES}`,
    );
  }
  return Number(value);
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('validate', argv, VALIDATE_OPTIONS);
  if (values.help === true) {
    io.out(HELP);
    return EXIT.ok;
  }
  const format = outputFormat(values.format);
  const result = await validate({
    paths: positionals,
    ...optional('asOf', values['as-of']),
    ...optional('reference', values.reference),
    maxFileSize: maxFileSize(values['max-file-size']),
    followSymlinks: values['follow-symlinks'] === true,
    cwd: io.cwd,
    env: io.env,
  });
  io.out(formatDiagnostics(result.diagnostics, format, result));
  return result.errors > 0 ? EXIT.failed : EXIT.ok;
}
