/** `--shard i/n` (shared by `bdc render` and `bdc build`): every order in exactly one shard. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, ShardError } from '../../../src/render/shard.ts';

describe('shards', () => {
  it('puts every orderId in exactly one of the n shards', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 64 }),
        (ids, count) => {
          const shards = Array.from({ length: count }, (_, index) => parseShard(`${index + 1}/${count}`));
          for (const id of ids) expect(shards.filter((shard) => inShard(id, shard))).toHaveLength(1);
        },
      ),
    );
  });

  it('splits 10,000 consecutive orderIds evenly', () => {
    const sizes = [1, 2, 3, 4].map((index) => {
      const shard = parseShard(`${index}/4`);
      return Array.from({ length: 10_000 }, (_, k) => 218_800_000 + k).filter((id) => inShard(id, shard)).length;
    });
    expect(sizes).toStrictEqual([2500, 2500, 2500, 2500]);
  });

  it('is orderId mod n = i - 1, whatever the files', () => {
    expect(inShard(218_800_002, parseShard('3/4'))).toBe(true);
    expect(inShard(218_800_002, parseShard('1/1'))).toBe(true);
    expect(inShard(7, parseShard('2/3'))).toBe(true);
  });

  it('splits by orderId: 218764523 mod 4 = 3 → shard 4/4', () => {
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    expect(inShard(218764523, { index: 4, count: 4 })).toBe(true);
    expect(inShard(218764523, { index: 1, count: 4 })).toBe(false);
  });

  it.each(['0/4', '5/4', '1/0', '1', 'a/b', '1/4/2', ' 1/4'])('refuses --shard %j', (text) => {
    expect(() => parseShard(text)).toThrow(ShardError);
    expect(() => parseShard(text)).toThrow(`--shard "${text}" is not i/n with 1 <= i <= n`);
  });
});
