/**
 * The site step of a build. With a cache:
 * - nothing the site reads has changed (orders, reference data, guides, as-of, the site's
 *   sources): the previous site is reused whole;
 * - only some orders' YAML changed: the previous site is copied, Astro builds again the pages
 *   that depend on them (their own pages, and every page that is not an order's page: the
 *   order list and its views among them), and the search index is written again
 *   (overlay-site.ts); the result is the bytes a full build gives (tested);
 * - else Astro builds it all.
 * The result is stored in the cache, with what it was built from (site-manifest.ts).
 */
import { dirname, join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { Temporal } from 'temporal-polyfill';
import { removeOnInterrupt } from '../io/remove-on-interrupt.ts';
import { makeScratchFolder } from '../io/scratch-folders.ts';
import { buildSite, type BuildSiteOptions } from '../site/build-site.ts';
import type { SiteSettings } from '../site/site-config.ts';
import { siteSearchBundleCount } from '../site/search/site-search.ts';
import type { BuildCache } from './cache/build-cache.ts';
import { siteBaseKey, siteKey } from './cache/fingerprints.ts';
import { changedOrders, siteManifest } from './cache/site-manifest.ts';
import { overlaySite } from './overlay-site.ts';
import type { PhaseRecorder } from './phase-timings.ts';

export interface SiteStepOptions {
  readonly outDir: string;
  readonly dataDir: string;
  readonly referenceFile: string;
  /** The project folder holding astro.config.mjs and src/. */
  readonly root: string;
  readonly asOf: Temporal.Instant;
  readonly cache: BuildCache | undefined;
  /** At most how many pages each search index bundle takes (search/search-bundles.ts). */
  readonly searchPagesPerBundle: number;
  /** The valid orders with their own YAML text: what an order's page depends on. */
  readonly orders: readonly { readonly orderId: number; readonly source: string }[];
  /** Where the site build's own output (Astro's warnings) goes (default: stderr). */
  readonly onOutput?: (text: string) => void;
  /** Read guides and images linked from outside the guides folder (--follow-symlinks). */
  readonly followSymlinks?: boolean;
  /** Where the site is published and its title (--site, --base, bdc.config.yaml); default: base `/`. */
  readonly settings?: SiteSettings;
  /** Records the cache's part; the Astro child records its own phases (phase-timings.ts). */
  readonly phases?: PhaseRecorder;
  /** Where the Astro child writes its phases (undefined: it records none). */
  readonly siteTimingsFile?: string;
}

export type SiteOutcome =
  | { readonly kind: 'built' }
  | { readonly kind: 'cached' }
  /** `orderPages` of `orders` orders' pages built again, the others reused. */
  | { readonly kind: 'incremental'; readonly orderPages: number; readonly orders: number };

/** Above this share of changed orders, a whole build is about as fast as an incremental one. */
const INCREMENTAL_SHARE = 0.25;

export async function buildOrRestoreSite(options: SiteStepOptions): Promise<SiteOutcome> {
  const guidesDir = join(options.dataDir, 'guides');
  const pagesPerBundle = options.searchPagesPerBundle;
  const build: BuildSiteOptions = {
    ...(options.onOutput === undefined ? {} : { onOutput: options.onOutput }),
    outDir: options.outDir,
    dataDir: options.dataDir,
    guidesDir,
    asOf: options.asOf,
    root: options.root,
    reference: options.referenceFile,
    searchPagesPerBundle: pagesPerBundle,
    followSymlinks: options.followSymlinks ?? false,
    ...(options.settings === undefined ? {} : { settings: options.settings }),
    ...(options.siteTimingsFile === undefined ? {} : { timingsFile: options.siteTimingsFile }),
  };
  const { cache } = options;
  if (cache === undefined) {
    await buildSite(build);
    return { kind: 'built' };
  }
  const baseKey = await siteBaseKey({ root: options.root, referenceFile: options.referenceFile, guidesDir, asOf: options.asOf, searchPagesPerBundle: pagesPerBundle, settings: options.settings ?? { base: '/' } });
  const key = await siteKey(baseKey, join(options.dataDir, 'orders'));
  if (await cache.restoreSite(key, options.outDir)) return { kind: 'cached' };

  const searchBundles = await siteSearchBundleCount({ BDC_DATA_DIR: options.dataDir, BDC_SEARCH_PAGES_PER_BUNDLE: String(pagesPerBundle), BDC_BASE: options.settings?.base ?? '/' });
  const manifest = siteManifest(baseKey, searchBundles, options.orders);
  const latest = await cache.latestSite();
  const changed = latest === undefined ? undefined : changedOrders(latest.manifest, manifest, Math.floor(options.orders.length * INCREMENTAL_SHARE));
  const incremental = latest !== undefined && changed !== undefined;
  let outcome: SiteOutcome = { kind: 'built' };
  if (incremental && (await cache.restoreSite(latest.key, options.outDir))) {
    const partial = await makeScratchFolder(dirname(options.outDir), '.bdc-site-partial-');
    const forgetPartial = removeOnInterrupt(partial);
    try {
      await buildSite({ ...build, outDir: join(partial, 'site'), orderPages: changed });
      await overlaySite(join(partial, 'site'), options.outDir, searchBundles);
    } finally {
      forgetPartial();
      await rm(partial, { recursive: true, force: true });
    }
    outcome = { kind: 'incremental', orderPages: changed.length, orders: options.orders.length };
  } else {
    // A restore that failed half-way leaves files behind: the build wants an empty folder.
    if (incremental) await rm(options.outDir, { recursive: true, force: true });
    await buildSite(build);
  }
  const endStoring = options.phases?.start('site: stored in the cache');
  await cache.storeSite(key, options.outDir, manifest);
  endStoring?.();
  return outcome;
}
