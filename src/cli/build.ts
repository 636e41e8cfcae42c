/**
 * `bdc build [--out DIR]`: validate everything, then build the help site and every order
 * form and withdrawal summary into a staging folder that replaces DIR only when complete.
 * Any validation error: exit 1 and nothing written. One build at a time per DIR (a lock).
 * Unchanged inputs are taken from the build cache (src/pipeline/cache/), `--no-cache` to bypass.
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDocuments } from '../pipeline/build-documents.ts';
import { openBuildCache, type BuildCache } from '../pipeline/cache/build-cache.ts';
import { toolFingerprint } from '../pipeline/cache/fingerprints.ts';
import { planDocuments } from '../pipeline/documents-plan.ts';
import { buildOrRestoreSite, type SiteOutcome } from '../pipeline/site-step.ts';
import { acquireBuildLock, LockedError } from '../io/build-lock.ts';
import { stagingDirectory, swapInto } from '../io/swap-directory.ts';
import { BrowserNotFoundError, findBrowser } from '../render/pdf/find-browser.ts';
import { SiteBuildError } from '../site/build-site.ts';
import { DEFAULT_PAGES_PER_BUNDLE } from '../site/search/search-bundles.ts';
import { searchPagesPerBundle } from '../site/site-env.ts';
import { loadSiteSettings, SiteConfigError, type SiteSettings } from '../site/site-config.ts';
import { onInterrupt } from '../render/pdf/on-interrupt.ts';
import { createPdfPrinter, type PdfPrinter } from '../render/pdf/printer.ts';
import { resolveAsOf } from './as-of.ts';
import { HELP, parseBuildOptions } from './build-options.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { loadInput } from './load-input.ts';
import { progressReporter } from './progress.ts';
import { UsageError } from './usage-error.ts';

export { HELP } from './build-options.ts';

/** BDC_SEARCH_PAGES_PER_BUNDLE, checked before anything is built. */
function searchBundleSize(env: CliIo['env']): number {
  try {
    return searchPagesPerBundle(env, DEFAULT_PAGES_PER_BUNDLE);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'unset it, or set it to a number of pages such as 4000', { cause: error });
  }
}

function siteOutcomeText(outcome: SiteOutcome): string {
  switch (outcome.kind) {
    case 'cached':
      return 'reused from the cache';
    case 'incremental':
      return `built again for ${outcome.orderPages} of ${outcome.orders} orders (their pages, the order list, the guides), the rest reused from the cache`;
    case 'built':
      return 'built';
  }
}

/** --site/--base over bdc.config.yaml, checked before anything is built: a mistake is exit 2. */
async function siteSettingsOf(options: { dataDir: string; site: string | undefined; base: string | undefined }, cwd: string): Promise<SiteSettings> {
  try {
    return await loadSiteSettings({ dataDir: options.dataDir, cwd, site: options.site, base: options.base });
  } catch (error) {
    if (error instanceof SiteConfigError) throw new UsageError(error.message, error.hint, { cause: error });
    throw error;
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parseBuildOptions(argv, io.cwd);
  if (options.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const asOf = resolveAsOf(options.asOf, io.env);
  const siteSettings = await siteSettingsOf(options, io.cwd);
  const searchPagesPerBundle = searchBundleSize(io.env);
  const { outDir, dataDir, shard } = options;
  const shownOut = relative(io.cwd, outDir) || '.';

  let release;
  try {
    release = await acquireBuildLock(outDir);
  } catch (error) {
    if (error instanceof LockedError) {
      io.err(`bdc build: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }
  let staging: string | undefined;
  let documentsStaging: string | undefined;
  let printer: PdfPrinter | undefined;
  const forgetStaging = onInterrupt(() => {
    // Synchronous on purpose: the process exits right after.
    if (staging !== undefined) rmSyncQuiet(staging);
    if (documentsStaging !== undefined) rmSyncQuiet(documentsStaging);
    rmSyncQuiet(`${outDir.replace(/\/+$/, '')}.lock`);
  });
  try {
    const referenceFile = join(dataDir, 'subsidiaries.yaml');
    const input = await loadInput(
      { paths: [join(dataDir, 'orders')], referenceFile, asOf, followSymlinks: options.followSymlinks },
      io,
    );
    if (input.hasErrors) {
      io.err(`bdc build: nothing written: fix the errors above first (${shownOut} is unchanged)`);
      return EXIT.failed;
    }
    const endpoint = options.browserWSEndpoint;
    const executablePath = endpoint === undefined ? await findBrowser(io.env) : undefined;
    const cache: BuildCache | undefined =
      options.cacheDir === undefined
        ? undefined
        : openBuildCache(options.cacheDir, (message) => {
            io.err(`bdc build: ${message}`);
          });
    await cache?.sweep();
    const fingerprint =
      cache === undefined
        ? undefined
        : await toolFingerprint(endpoint === undefined ? { executablePath: executablePath ?? '' } : { endpoint });

    staging = await stagingDirectory(outDir);
    documentsStaging = await stagingDirectory(outDir);
    const siteDir = staging;
    const documentsDir = documentsStaging;
    const buildsSite = shard === undefined || shard.index === 1;
    const plan = planDocuments(input.orders, {
      asOf,
      ...(shard === undefined ? {} : { shard }),
      ...(fingerprint === undefined ? {} : { toolFingerprint: fingerprint }),
    });
    // The site (an Astro child process, which empties its folder first) and the documents
    // are built side by side in two staging folders; the documents then move into the site's.
    const [site, documents] = await Promise.allSettled([
      buildsSite
        ? buildOrRestoreSite({
            outDir: siteDir,
            dataDir,
            referenceFile,
            root: io.cwd,
            asOf,
            cache,
            searchPagesPerBundle,
            settings: siteSettings,
            orders: input.orders.map(({ order, source }) => ({ orderId: order.orderId, source })),
          })
        : Promise.resolve(undefined),
      buildDocuments(plan, {
        outDir: documentsDir,
        asOf,
        ...(cache === undefined ? {} : { cache }),
        window: options.concurrency * 4,
        printer: async () => {
          printer = await createPdfPrinter({
            asOf,
            env: io.env,
            concurrency: options.concurrency,
            ...(endpoint === undefined ? { executablePath: executablePath ?? '' } : { browserWSEndpoint: endpoint }),
          });
          return printer;
        },
        onProgress: progressReporter(io, 'built'),
      }),
    ]);
    // Both settle before anything is removed: no step writes into a folder being deleted.
    if (site.status === 'rejected') throw site.reason;
    if (documents.status === 'rejected') throw documents.reason;
    const report = documents.value;
    for (const failure of report.failures) {
      const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
      io.err(`bdc build: order ${failure.orderId} not rendered: ${message}`);
    }
    if (report.failures.length > 0) {
      io.err(`bdc build: nothing written: ${report.failures.length} document(s) failed (${shownOut} is unchanged)`);
      return EXIT.internal;
    }
    await rename(documentsDir, join(siteDir, 'orders'));
    documentsStaging = undefined;
    await swapInto(staging, outDir);
    staging = undefined;
    if (cache !== undefined) {
      io.err(
        `bdc build: ${report.reused} of ${plan.length} orders' documents reused from the cache (${relative(io.cwd, cache.dir) || '.'})`,
      );
      const outcome = site.value;
      if (outcome !== undefined) io.err(`bdc build: the site ${siteOutcomeText(outcome)}`);
    }
    const scope = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count})`;
    io.err(
      `bdc build: ${plan.length} orders${scope}, ${report.forms} order forms, ${report.summaries} withdrawal summaries${buildsSite ? ' and the site' : ''} written to ${shownOut}`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      throw new UsageError(error.message, 'then run the build again', { cause: error });
    }
    if (error instanceof SiteBuildError) {
      io.err(`bdc build: ${error.message}; nothing written (${shownOut} is unchanged)`);
      return EXIT.internal;
    }
    throw error;
  } finally {
    forgetStaging();
    await printer?.close();
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
    if (documentsStaging !== undefined) await rm(documentsStaging, { recursive: true, force: true });
    await release();
  }
}

function rmSyncQuiet(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Exiting anyway.
  }
}
