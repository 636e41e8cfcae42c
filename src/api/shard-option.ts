/** `shard`: `'I/N'` (as on the command line) or `{ index, count }`; a bad one is a usage error. */
import { parseShard, ShardError, type Shard } from '../render/shard.ts';
import { UsageError } from '../errors.ts';

export function shardOf(value: string | Shard | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  try {
    return parseShard(typeof value === 'string' ? value : `${value.index}/${value.count}`);
  } catch (cause) {
    if (cause instanceof ShardError) throw new UsageError(cause.message, cause.hint, { cause });
    throw cause;
  }
}
