/**
 * Option parsing shared by the commands: strict `parseArgs` whose mistakes become usage
 * errors (exit 2) with a hint, and the options several commands take.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { LANGUAGES, type Language } from '../domain/enums.ts';
import { closest } from '../input/did-you-mean.ts';
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import { parseShard, ShardError, type Shard } from '../render/shard.ts';
import { UsageError } from './usage-error.ts';

/** parseArgs' own mistakes, as one line and a hint: a near miss of a known option is suggested. */
function usageError(command: string, cause: unknown, known: readonly string[]): UsageError {
  const help = `run \`bdc ${command} --help\` for the options`;
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = cause instanceof Error && 'code' in cause ? cause.code : undefined;
  const flag = /'(?:-\w, )?(-[^' ]*)/.exec(message)?.[1];
  if (flag !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = flag.replace(/^--?/, '');
    const near = name.length >= 3 ? closest(name, known) : undefined;
    return new UsageError(`unknown option ${flag}`, near === undefined ? help : `did you mean --${near}?`, { cause });
  }
  if (flag !== undefined && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(message.endsWith('argument missing') ? `${flag} needs a value` : `${flag} takes no value`, help, { cause });
  }
  return new UsageError(message, help, { cause });
}

/** `parseArgs` in strict mode; an unknown or malformed option is a UsageError with a hint. */
export function parseCommandArgs<T extends ParseArgsOptionsConfig>(command: string, argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw usageError(command, cause, Object.keys(options));
  }
}

/** `--concurrency N`: browser tabs printing at once, 1 to 99. */
export function concurrencyOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--concurrency "${value}" is not a number from 1 to 99`, 'e.g. --concurrency 3');
  }
  return Number(value);
}

/** `--shard I/N`. */
export function shardOption(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  try {
    return parseShard(value);
  } catch (cause) {
    if (cause instanceof ShardError) throw new UsageError(cause.message, cause.hint, { cause });
    throw cause;
  }
}

/** `--browser-ws-endpoint URL`: a remote Chrome's DevTools WebSocket. */
export function browserEndpointOption(value: string | undefined): string | undefined {
  if (value !== undefined && !/^wss?:\/\/./.test(value)) {
    throw new UsageError(`--browser-ws-endpoint "${value}" is not a ws:// or wss:// URL`, 'e.g. --browser-ws-endpoint ws://localhost:3000');
  }
  return value;
}

/** `--lang fr|en`. */
export function languageOption(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (language === undefined) {
    throw new UsageError(`--lang "${value}" is not one of ${LANGUAGES.join(', ')}`, 'use --lang fr or --lang en');
  }
  return language;
}

/** `{ [key]: value }`, or nothing when the flag was not given (options are exact optional properties). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
