/**
 * The site step of a build: the site Astro built before is reused whole when nothing it reads
 * has changed (all orders, reference data, guides, as-of, the site's sources); else Astro
 * builds it and the result is stored in the cache.
 */
import { join } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import { buildSite } from '../site/build-site.ts';
import type { BuildCache } from './cache/build-cache.ts';
import { DEFAULT_PAGES_PER_BUNDLE } from '../site/search/search-bundles.ts';
import { searchPagesPerBundle } from '../site/site-env.ts';
import { siteKey } from './cache/fingerprints.ts';

export interface SiteStepOptions {
  readonly outDir: string;
  readonly dataDir: string;
  readonly referenceFile: string;
  /** The project folder holding astro.config.mjs and src/. */
  readonly root: string;
  readonly asOf: Temporal.Instant;
  readonly cache: BuildCache | undefined;
}

/** True when the site came from the cache. */
export async function buildOrRestoreSite(options: SiteStepOptions): Promise<boolean> {
  const guidesDir = join(options.dataDir, 'guides');
  const pagesPerBundle = searchPagesPerBundle(process.env, DEFAULT_PAGES_PER_BUNDLE);
  const { cache } = options;
  const key =
    cache === undefined
      ? undefined
      : await siteKey({
          root: options.root,
          ordersDir: join(options.dataDir, 'orders'),
          referenceFile: options.referenceFile,
          guidesDir,
          asOf: options.asOf,
          searchPagesPerBundle: pagesPerBundle,
        });
  if (cache !== undefined && key !== undefined && (await cache.restoreSite(key, options.outDir))) return true;
  await buildSite({
    outDir: options.outDir,
    dataDir: options.dataDir,
    guidesDir,
    asOf: options.asOf,
    root: options.root,
    reference: options.referenceFile,
    searchPagesPerBundle: pagesPerBundle,
  });
  if (cache !== undefined && key !== undefined) await cache.storeSite(key, options.outDir);
  return false;
}
