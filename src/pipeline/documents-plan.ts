/** The orders a build renders (its shard's), each with the cache key of its documents. */
import type { Temporal } from 'temporal-polyfill';
import type { LoadedOrder } from '../input/load-orders.ts';
import { inShard, type Shard } from '../render/shard.ts';
import type { DocumentsOrder } from './build-documents.ts';
import { orderKey } from './cache/order-key.ts';

export interface PlanOptions {
  readonly asOf: Temporal.Instant;
  readonly shard?: Shard;
  /** Undefined: no cache, no keys. */
  readonly toolFingerprint?: string;
}

export function planDocuments(loaded: readonly LoadedOrder[], options: PlanOptions): DocumentsOrder[] {
  const { shard, toolFingerprint } = options;
  return loaded
    .filter(({ order }) => shard === undefined || inShard(order.orderId, shard))
    .map(({ order, source }) =>
      toolFingerprint === undefined
        ? { order }
        : {
            order,
            key: orderKey({
              source,
              subsidiary: order.subsidiary,
              language: order.language,
              asOf: options.asOf,
              toolFingerprint,
            }),
          },
    );
}
