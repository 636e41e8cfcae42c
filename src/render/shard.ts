/**
 * `--shard i/n`: a deterministic split of orders across CI jobs. Order k goes to shard
 * (orderId mod n) + 1, so every order lands in exactly one shard whatever the file layout,
 * and the shards' outputs (one file per orderId) merge by copying the folders together.
 */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export class ShardError extends Error {
  override readonly name = 'ShardError';
  readonly hint = 'e.g. --shard 1/4 … --shard 4/4 in four CI jobs';
}

export function parseShard(text: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new ShardError(`--shard "${text}" is not i/n with 1 <= i <= n`);
  }
  return { index, count };
}

export function inShard(orderId: number, shard: Shard): boolean {
  return orderId % shard.count === shard.index - 1;
}
