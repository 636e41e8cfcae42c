/**
 * What a cached site was built from, for incremental builds: the key of everything its pages
 * share (fingerprints.ts `siteBaseKey`) and a hash of each order's own YAML text. Against the
 * current inputs it tells which order pages must be built again; the others, and everything
 * that does not list orders, are the previous build's.
 */
import { sha256 } from './hash-tree.ts';

export interface SiteManifest {
  readonly baseKey: string;
  /** How many search index bundles the pages merge (part of every page). */
  readonly searchBundles: number;
  /** orderId → SHA-256 of the order's YAML text. */
  readonly orders: Readonly<Record<string, string>>;
}

const HEX = /^[0-9a-f]{64}$/;

export function siteManifest(baseKey: string, searchBundles: number, orders: readonly { readonly orderId: number; readonly source: string }[]): SiteManifest {
  return { baseKey, searchBundles, orders: Object.fromEntries(orders.map((order) => [String(order.orderId), sha256().update(order.source).digest('hex')])) };
}

/** A manifest read back from the cache, or undefined when it is not one. */
export function parseSiteManifest(text: string): SiteManifest | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { baseKey, searchBundles, orders } = value as Record<string, unknown>;
    if (typeof baseKey !== 'string' || !HEX.test(baseKey) || typeof orders !== 'object' || orders === null) return undefined;
    if (typeof searchBundles !== 'number' || !Number.isSafeInteger(searchBundles) || searchBundles < 1) return undefined;
    const entries = Object.entries(orders);
    if (!entries.every(([id, hash]) => /^\d+$/.test(id) && typeof hash === 'string' && HEX.test(hash))) return undefined;
    return { baseKey, searchBundles, orders: Object.fromEntries(entries) };
  } catch {
    return undefined;
  }
}

/**
 * The orders whose pages must be built again to turn the `previous` site into the `current`
 * one, in increasing order; undefined when the whole site must be built: anything but the
 * orders changed, an order was added or removed (the sitemap lists every page), the number of
 * search bundles changed, or more than `limit` orders changed.
 */
export function changedOrders(previous: SiteManifest, current: SiteManifest, limit: number): number[] | undefined {
  if (previous.baseKey !== current.baseKey || previous.searchBundles !== current.searchBundles) return undefined;
  const ids = Object.keys(current.orders);
  if (ids.length !== Object.keys(previous.orders).length) return undefined;
  const changed: number[] = [];
  for (const id of ids) {
    const before = previous.orders[id];
    if (before === undefined) return undefined;
    if (before !== current.orders[id]) changed.push(Number(id));
  }
  return changed.length > limit ? undefined : changed.sort((a, b) => a - b);
}
