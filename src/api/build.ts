/**
 * `build(options)`: validate everything, then build the help site, every order form and every
 * eligible withdrawal summary into `out` (default dist), replaced only when complete. Returns
 * what was written; throws a BdcError (InvalidInputError with the findings when the input has
 * errors: nothing is written then). Never prints, never exits. The steps: src/pipeline/.
 */
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { ValidationReport } from '../input/validation-report.ts';
import { TOOL_ROOT } from '../pipeline/cache/fingerprints.ts';
import { runBuild, type BuildReport } from '../pipeline/run-build.ts';
import type { Shard } from '../render/shard.ts';
import { DEFAULT_PAGES_PER_BUNDLE } from '../site/search/search-bundles.ts';
import { loadSiteSettings, SiteConfigError, type SiteSettings } from '../site/site-config.ts';
import { searchPagesPerBundle } from '../site/site-env.ts';
import { resolveAsOf, type Env } from './as-of.ts';
import { concurrencyOf } from './concurrency-option.ts';
import { UsageError } from '../errors.ts';
import { resolveRun, type RunOptions } from './run-options.ts';
import { shardOf } from './shard-option.ts';

export const DEFAULT_CACHE_DIR = '.cache/bdc';

export interface BuildOptions extends RunOptions {
  /** The data folder with orders/, subsidiaries.yaml, guides/ (default: data). */
  readonly data?: string;
  /** The output folder (default: dist). */
  readonly out?: string;
  /** Where built documents and sites are kept for reuse (default: .cache/bdc). */
  readonly cacheDir?: string;
  /** false: build everything, read and write no cache (`--no-cache`). */
  readonly cache?: boolean;
  /** Only the documents of shard I of N (shard 1 also builds the site). */
  readonly shard?: string | Shard;
  /** Browser tabs printing at once. */
  readonly concurrency?: number;
  /** Print on a remote Chrome (ws://…) instead of launching one. */
  readonly browserWSEndpoint?: string;
  readonly followSymlinks?: boolean;
  /** The help site's address, e.g. https://example.github.io (default: bdc.config.yaml's `site`). */
  readonly site?: string;
  /** The path the help site is served under, e.g. /docs/ (default: bdc.config.yaml's `base`, else /). */
  readonly base?: string;
  /** Called once the input is checked (with its findings, warnings included), before anything is built. */
  readonly onValidated?: (report: ValidationReport) => void;
  /** Called as orders' documents are done: (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Problems that do not stop the build (an unusable cache entry). */
  readonly onWarning?: (message: string) => void;
}

export type BuildResult = BuildReport;

/** BDC_SEARCH_PAGES_PER_BUNDLE, checked before anything is built. */
function searchBundleSize(env: Env): number {
  try {
    return searchPagesPerBundle(env, DEFAULT_PAGES_PER_BUNDLE);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'unset it, or set it to a number of pages such as 4000', { cause: error });
  }
}

/** The data folder and its reference data exist; the hint names --data (build has no --reference). */
async function existingDataDir(dataDir: string, given: string | undefined, cwd: string): Promise<void> {
  const hint = 'give the folder holding orders/, subsidiaries.yaml and guides/ with --data DIR (default: data)';
  const shown = given ?? (relative(cwd, dataDir) || dataDir);
  const isFolder = await stat(dataDir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) throw new UsageError(`${given === undefined ? 'data folder' : '--data'}: no such folder: ${shown}`, hint);
  const hasReference = await stat(join(dataDir, 'subsidiaries.yaml')).then((info) => info.isFile(), () => false);
  if (!hasReference) throw new UsageError(`${given === undefined ? 'data folder' : '--data'}: no subsidiaries.yaml in ${shown}`, hint);
}

/** --site/--base over bdc.config.yaml, checked before anything is built: a mistake is a usage error. */
async function siteSettingsOf(options: { dataDir: string; cwd: string; site: string | undefined; base: string | undefined }): Promise<SiteSettings> {
  try {
    return await loadSiteSettings(options);
  } catch (error) {
    if (error instanceof SiteConfigError) throw new UsageError(error.message, error.hint, { cause: error });
    throw error;
  }
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const { cwd, env } = resolveRun(options);
  if (options.cache === false && options.cacheDir !== undefined) {
    throw new UsageError('--no-cache and --cache-dir contradict each other', 'give one of them');
  }
  const shard = shardOf(options.shard);
  const concurrency = concurrencyOf(options.concurrency);
  const asOf = resolveAsOf(options.asOf, env);
  const pagesPerBundle = searchBundleSize(env);
  const dataDir = resolve(cwd, options.data ?? 'data');
  await existingDataDir(dataDir, options.data, cwd);
  const siteSettings = await siteSettingsOf({ dataDir, cwd, site: options.site, base: options.base });
  return runBuild({
    outDir: resolve(cwd, options.out ?? 'dist'),
    dataDir,
    // The site is built from the tool's own folder, wherever the data and the caller are.
    root: TOOL_ROOT,
    cwd,
    env,
    asOf,
    cacheDir: options.cache === false ? undefined : resolve(cwd, options.cacheDir ?? DEFAULT_CACHE_DIR),
    shard,
    browserWSEndpoint: options.browserWSEndpoint,
    concurrency,
    followSymlinks: options.followSymlinks ?? false,
    searchPagesPerBundle: pagesPerBundle,
    siteSettings,
    onValidated: options.onValidated,
    onProgress: options.onProgress,
    onWarning: options.onWarning,
  });
}
