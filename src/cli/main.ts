/**
 * `bdc`: a thin dispatcher. Each command lives in its own file and exports
 * `run(argv, io): Promise<ExitCode>`; this file only picks one and maps errors to exit codes.
 */
import { BdcError } from '../errors.ts';
import { stdio, type CliIo } from './io.ts';
import { closest } from '../input/did-you-mean.ts';
import { version } from './version.ts';
import { EXIT, exitCodeOf, type ExitCode } from './exit-codes.ts';

type Command = (argv: readonly string[], io: CliIo) => Promise<ExitCode>;

interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<{ run: Command }>;
  /** Started before the command's code loads, to run alongside it. */
  readonly warmUp?: (argv: readonly string[], io: CliIo) => Promise<void>;
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: 'check order fixtures against the domain rules',
    load: () => import('./validate.ts'),
    // For a large run, the validation workers load their modules while this thread loads its own.
    warmUp: async (argv, io) => {
      (await import('./validate-warm-up.ts')).warmUpValidate(argv, io.cwd);
    },
  },
  render: { summary: 'print order forms to HTML and PDF', load: () => import('./render.ts') },
  withdraw: { summary: 'decide a withdrawal and print its summary', load: () => import('./withdraw.ts') },
  build: { summary: 'validate, render everything and build the help site', load: () => import('./build.ts') },
  schema: { summary: "print the fixtures' JSON Schema", load: () => import('./schema.ts') },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'Usage: bdc <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `bdc <command> --help` for its options, `bdc --version` for the version.',
  ].join('\n');
}

/** An error from the operating system (it names the failed call), e.g. ENOSPC, EROFS, ENOTDIR, EACCES. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'syscall' in error && typeof error.syscall === 'string' && 'code' in error;
}

export async function main(argv: readonly string[], io: CliIo = stdio()): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err('bdc: no command given');
    io.err(`  hint: bdc <command>, one of: ${Object.keys(COMMANDS).join(', ')} (bdc --help describes them)`);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.out(help());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    const known = name.startsWith('-') ? ['--help', '--version'] : Object.keys(COMMANDS);
    const near = closest(name, known);
    io.err(`bdc: ${what}`);
    io.err(`  hint: ${near === undefined ? `expected one of: ${known.join(', ')}` : `did you mean ${near}?`} (bdc --help lists them)`);
    return EXIT.usage;
  }
  try {
    await command.warmUp?.(rest, io);
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof BdcError) {
      io.err(`bdc ${name}: ${error.message}`);
      if (error.hint !== undefined) io.err(`  hint: ${error.hint}`);
      return exitCodeOf(error.kind);
    }
    if (isSystemError(error)) {
      // A read-only or full disk, a file where a folder should be…: the user can act on it; no stack.
      io.err(`bdc ${name}: ${error.message}`);
      io.err('  hint: check that the path exists, is writable, and that the disk has free space');
      return EXIT.internal;
    }
    io.err(`bdc ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.internal;
  }
}
