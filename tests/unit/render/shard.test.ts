import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../../src/render/shard.ts';

describe('--shard i/n', () => {
  it('puts every order in exactly one shard', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { maxLength: 50 }), fc.integer({ min: 1, max: 16 }), (ids, count) => {
        for (const id of ids) {
          const shards = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(id, { index, count }));
          expect(shards).toHaveLength(1);
        }
      }),
    );
  });

  it('splits by orderId: 218764523 mod 4 = 3 → shard 4/4', () => {
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    expect(inShard(218764523, { index: 4, count: 4 })).toBe(true);
    expect(inShard(218764523, { index: 1, count: 4 })).toBe(false);
  });

  it.each(['0/4', '5/4', '1/0', '1', 'a/b', '1/4/2'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(`--shard "${text}" is not i/n with 1 <= i <= n`);
  });
});
