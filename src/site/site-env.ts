/**
 * Where the site reads its inputs, from the environment `bdc build` (or `npm run dev`) sets:
 * BDC_DATA_DIR (default `data`), BDC_REFERENCE (default `<data>/subsidiaries.yaml`),
 * BDC_GUIDES_DIR (default `data/guides`), BDC_AS_OF (ISO instant; else SOURCE_DATE_EPOCH,
 * else the clock), BDC_SITE, BDC_BASE and BDC_TITLE (site-config.ts: where the site is
 * published and its title). Relative paths are resolved from the working directory.
 */
import { join, resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { checkBase, checkSiteUrl } from './site-config.ts';

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export function dataDir(env: Env = process.env): string {
  return resolve(nonEmpty(env['BDC_DATA_DIR']) ?? 'data');
}

export function referenceFile(env: Env = process.env): string {
  return resolve(nonEmpty(env['BDC_REFERENCE']) ?? join(dataDir(env), 'subsidiaries.yaml'));
}

/** The holiday calendars shipped with bdc, as the parent process found them (undefined: the default). */
export function shippedHolidaysFile(env: Env = process.env): string | undefined {
  return nonEmpty(env['BDC_SHIPPED_HOLIDAYS']);
}

export function guidesDir(env: Env = process.env): string {
  return resolve(nonEmpty(env['BDC_GUIDES_DIR']) ?? join('data', 'guides'));
}

/** The site's URL (BDC_SITE), checked; undefined: none (relative links only). */
export function siteUrl(env: Env = process.env): string | undefined {
  const value = nonEmpty(env['BDC_SITE']);
  return value === undefined ? undefined : checkSiteUrl(value, 'BDC_SITE');
}

/** The path the site is served under (BDC_BASE), normalised like `/docs/`; default `/`. */
export function siteBase(env: Env = process.env): string {
  const value = nonEmpty(env['BDC_BASE']);
  return value === undefined ? '/' : checkBase(value, 'BDC_BASE');
}

/** The configured help-centre title (BDC_TITLE), if any. */
export function siteTitle(env: Env = process.env): string | undefined {
  return nonEmpty(env['BDC_TITLE']);
}

/** The site's "now". Throws on a malformed BDC_AS_OF / SOURCE_DATE_EPOCH rather than guessing. */
export function siteAsOf(env: Env = process.env, clock: () => Temporal.Instant = () => Temporal.Now.instant()): Temporal.Instant {
  const asOf = nonEmpty(env['BDC_AS_OF']);
  if (asOf !== undefined) return Temporal.Instant.from(asOf);
  const epoch = nonEmpty(env['SOURCE_DATE_EPOCH']);
  if (epoch !== undefined) {
    if (!/^\d{1,12}$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`);
    return Temporal.Instant.fromEpochMilliseconds(Number(epoch) * 1000);
  }
  return clock();
}

/**
 * BDC_SEARCH_PAGES_PER_BUNDLE: at most how many pages one Pagefind indexer process takes
 * (search/search-bundles.ts); lower it to bound the indexer's memory further.
 */
export function searchPagesPerBundle(env: Env = process.env, fallback: number): number {
  const value = nonEmpty(env['BDC_SEARCH_PAGES_PER_BUNDLE']);
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new Error(`BDC_SEARCH_PAGES_PER_BUNDLE "${value}" is not a positive whole number of pages`);
  return Number(value);
}

/**
 * BDC_SITE_ORDER_PAGES: a JSON array of orderIds: build only these orders' pages (and every
 * other page), for an incremental build that takes the other order pages from a previous
 * build (src/pipeline/site-step.ts). Unset: every order's page.
 */
export function orderPagesOnly(env: Env = process.env): ReadonlySet<number> | undefined {
  const value = nonEmpty(env['BDC_SITE_ORDER_PAGES']);
  if (value === undefined) return undefined;
  const ids: unknown = JSON.parse(value);
  if (!Array.isArray(ids) || !ids.every((id) => Number.isSafeInteger(id))) throw new Error(`BDC_SITE_ORDER_PAGES is not a JSON array of orderIds: ${value.slice(0, 80)}`);
  return new Set(ids as number[]);
}
