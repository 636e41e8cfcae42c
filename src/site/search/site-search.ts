/**
 * The site's search settings, decided when the Astro configuration loads: how many index
 * bundles (search-bundles.ts), Starlight's `pagefind` option that makes its search box merge
 * them, and the integration hook that writes them in place of Starlight's single index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { dataDir, orderPagesOnly, searchPagesPerBundle, siteBase } from '../site-env.ts';
import { yamlFilesUnder } from '../yaml-files.ts';
import { sitePhase } from '../site-phases.ts';
import { indexSiteInBundles } from './index-site-in-bundles.ts';
import { DEFAULT_PAGES_PER_BUNDLE, estimatedOrders, searchBundleCount, searchBundleFolder } from './search-bundles.ts';

type Ranking = Readonly<Record<string, number>>;

export interface SiteSearch {
  readonly bundleCount: number;
  /** Starlight's `pagefind` option. */
  readonly pagefind: { readonly ranking: Ranking; readonly mergeIndex?: readonly { readonly bundlePath: string; readonly ranking: Ranking }[] };
}

/**
 * Pages per order counted for the bundles: every order has a French and an English page; an
 * order in a third language whose locale the site has gets a third (order-locales.ts), which
 * makes a bundle at most 1.5 times its nominal size.
 */
const PAGES_PER_ORDER = 2;

/** How many search bundles the site's pages take: the order pages (estimated). */
export async function siteSearchBundleCount(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const files = await yamlFilesUnder(join(dataDir(env), 'orders'));
  const orders = (await Promise.all(files.map(async (file) => estimatedOrders(await readFile(file, 'utf8'))))).reduce((total, count) => total + count, 0);
  return searchBundleCount(orders * PAGES_PER_ORDER, searchPagesPerBundle(env, DEFAULT_PAGES_PER_BUNDLE));
}

export async function siteSearch(ranking: Ranking, env: NodeJS.ProcessEnv = process.env): Promise<SiteSearch> {
  const bundleCount = await siteSearchBundleCount(env);
  if (bundleCount === 1) return { bundleCount, pagefind: { ranking } };
  // The bundles live beside the pages, under the deployment base (/docs/pagefind-1/).
  const base = siteBase(env);
  const mergeIndex = Array.from({ length: bundleCount - 1 }, (_, index) => ({ bundlePath: `${base}${searchBundleFolder(index + 1)}/`, ranking }));
  return { bundleCount, pagefind: { ranking, mergeIndex } };
}

/**
 * Starlight with its search index written in bundles: its `astro:build:done` hook, which only
 * runs Pagefind over the whole site in one process, is replaced by indexSiteInBundles.
 */
export function withSearchInBundles(starlight: AstroIntegration, search: SiteSearch): AstroIntegration {
  return {
    ...starlight,
    hooks: {
      ...starlight.hooks,
      'astro:build:done': async ({ dir, logger }) => {
        // An incremental build has only some order pages: the build indexes the whole site after.
        if (orderPagesOnly() !== undefined) return;
        sitePhase('site: search index (Pagefind)');
        await indexSiteInBundles(dir, search.bundleCount, logger);
        sitePhase('site: Astro finish');
      },
    },
  };
}
