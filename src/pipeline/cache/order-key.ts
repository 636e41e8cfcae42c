/**
 * The cache key of one order's documents (form and withdrawal summary, HTML and PDF): a hash
 * of the order's own YAML text, its subsidiary's reference entry, the tool fingerprint
 * (code, templates, CSS, fonts, browser), the as-of instant and the language.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Subsidiary } from '../../domain/subsidiary.ts';
import { sha256 } from './hash-tree.ts';

export interface OrderKeyInputs {
  readonly source: string;
  readonly subsidiary: Subsidiary;
  readonly language: string;
  readonly asOf: Temporal.Instant;
  readonly toolFingerprint: string;
}

/** JSON with bigints as strings and object keys sorted: the same entry, the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return `${item.toString()}n`;
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
}

export function orderKey(inputs: OrderKeyInputs): string {
  return sha256()
    .update(`bdc order documents v1\0${inputs.toolFingerprint}\0${inputs.asOf.toString()}\0${inputs.language}\0`)
    .update(stableJson(inputs.subsidiary))
    .update('\0')
    .update(inputs.source)
    .digest('hex');
}
