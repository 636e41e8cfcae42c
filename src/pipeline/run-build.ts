/**
 * The whole build: take the lock `<out>.lock` → read and validate everything (any error:
 * nothing written) → build the site and the documents side by side in two staging folders
 * beside `<out>` → move the documents into the site → swap the staging folder into `<out>`.
 * Unchanged inputs come from the build cache (cache/). Throws a BdcError for every failure;
 * the staging folders and the lock are removed on every path, SIGINT/SIGTERM included.
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import { BdcError, InvalidInputError, UsageError } from '../errors.ts';
import { loadInput } from '../input/load-input.ts';
import { requireOrders } from '../input/no-order-found.ts';
import { acquireBuildLock, LockedError, releaseBuildLockSync } from '../io/build-lock.ts';
import { assertReplaceableOutput, UnsafeOutputError, writeOutputMarker } from '../io/output-folder.ts';
import type { Diagnostic } from '../input/diagnostic.ts';
import { withFindings } from '../input/diagnostic-collector.ts';
import { onInterrupt } from '../io/on-interrupt.ts';
import { stagingDirectory, swapInto } from '../io/swap-directory.ts';
import { validationReport, type ValidationReport } from '../input/validation-report.ts';
import { BrowserNotFoundError, findBrowser } from '../render/pdf/find-browser.ts';
import type { PdfPrinter } from '../render/pdf/printer.ts';
import type { RenderFailure } from '../render/render-orders.ts';
import type { Shard } from '../render/shard.ts';
import { SiteBuildError } from '../site/build-site.ts';
import { checkGuides } from '../site/check-guides.ts';
import type { SiteSettings } from '../site/site-config.ts';
import { openPrinter } from '../render/open-printer.ts';
import { buildDocuments } from './build-documents.ts';
import { epochMs, phaseRecorder, siteTimingsFile, timingsFile, writeBuildTimings } from './phase-timings.ts';
import { openBuildCache, type BuildCache } from './cache/build-cache.ts';
import { TOOL_ROOT, toolFingerprint } from './cache/fingerprints.ts';
import { planDocuments } from './documents-plan.ts';
import { buildOrRestoreSite, type SiteOutcome } from './site-step.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface BuildRun {
  /** Absolute. */
  readonly outDir: string;
  readonly dataDir: string;
  /** The tool's own folder (astro.config.mjs, src/), where the site is built from. */
  readonly root: string;
  /** Paths in messages and findings are shown relative to it. */
  readonly cwd: string;
  readonly env: Env;
  readonly asOf: Temporal.Instant;
  /** Undefined: no cache. */
  readonly cacheDir: string | undefined;
  readonly shard: Shard | undefined;
  readonly browserWSEndpoint: string | undefined;
  readonly concurrency: number;
  readonly followSymlinks: boolean;
  readonly searchPagesPerBundle: number;
  /** Where the site is published and its title (--site, --base, bdc.config.yaml). */
  readonly siteSettings?: SiteSettings;
  readonly onValidated?: ((report: ValidationReport) => void) | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Problems that do not stop the build (an unusable cache entry). */
  readonly onWarning?: ((message: string) => void) | undefined;
}

export interface BuildReport {
  readonly out: string;
  /** Orders built (in the shard, if any). */
  readonly orders: number;
  readonly forms: number;
  readonly summaries: number;
  /** Undefined when this shard does not build the site. */
  readonly site: SiteOutcome | undefined;
  /** With a cache: where, and how many orders' documents came from it. */
  readonly cache: { readonly dir: string; readonly reused: number } | undefined;
  readonly validation: ValidationReport;
}

/** Some documents could not be printed: nothing was written. */
export class DocumentsFailedError extends BdcError {
  override readonly name: string = 'DocumentsFailedError';
  readonly failures: readonly RenderFailure[];

  constructor(message: string, failures: readonly RenderFailure[]) {
    super('printer', 'DOCUMENTS_FAILED', message);
    this.failures = failures;
  }
}

function rmSyncQuiet(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Exiting anyway.
  }
}

/** The site build's output, a line at a time, to `onWarning` (without Astro's time stamps), or nowhere. */
function siteOutput(onWarning: ((message: string) => void) | undefined): (text: string) => void {
  let pending = '';
  return (text) => {
    const lines = (pending + text).split('\n');
    // A chunk may end inside a line: its start waits for the rest.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const message = line.replace(/^\d\d:\d\d:\d\d /, '').trimEnd();
      if (message !== '') onWarning?.(message);
    }
  };
}

/** The orders' report with the guides' findings added (the counts stay exact). */
function withGuideFindings(report: ValidationReport, guideFindings: readonly Diagnostic[]): ValidationReport {
  const { diagnostics, errors, warnings } = withFindings(guideFindings, { diagnostics: [...report.diagnostics], errors: report.errors, warnings: report.warnings });
  return validationReport(diagnostics, { orders: report.orders, files: report.files, errors, warnings });
}

export async function runBuild(run: BuildRun): Promise<BuildReport> {
  const { outDir, dataDir, shard, asOf } = run;
  const startedAt = epochMs();
  const phases = phaseRecorder(run.env, run.cwd, 'bdc');
  const timings = timingsFile(run.env, run.cwd);
  const shownOut = relative(run.cwd, outDir) || '.';

  try {
    await assertReplaceableOutput(outDir, { dataDir, cwd: run.cwd });
  } catch (error) {
    if (error instanceof UnsafeOutputError) throw new UsageError(error.message, error.hint, { cause: error });
    throw error;
  }
  let release;
  try {
    release = await acquireBuildLock(outDir);
  } catch (error) {
    if (error instanceof LockedError) throw new BdcError('failed', 'BUILD_LOCKED', error.message, { cause: error });
    throw error;
  }
  let staging: string | undefined;
  let documentsStaging: string | undefined;
  let printer: PdfPrinter | undefined;
  const forgetStaging = onInterrupt(() => {
    // Synchronous on purpose: the process exits right after.
    if (staging !== undefined) rmSyncQuiet(staging);
    if (documentsStaging !== undefined) rmSyncQuiet(documentsStaging);
    releaseBuildLockSync(outDir);
  });
  try {
    const referenceFile = join(dataDir, 'subsidiaries.yaml');
    const ordersDir = join(dataDir, 'orders');
    const endReading = phases.start('reading and validation');
    const input = await loadInput({
      paths: [ordersDir],
      referenceFile,
      asOf,
      cwd: run.cwd,
      followSymlinks: run.followSymlinks,
      missingPathHint: 'give the data folder holding orders/ and subsidiaries.yaml with --data DIR (default: data)',
    });
    // Guides are read and checked like orders before anything is built (a pipe, a link to a secret…).
    const guides = await checkGuides(join(dataDir, 'guides'), { followSymlinks: run.followSymlinks, cwd: run.cwd });
    const checked = guides.diagnostics.length === 0 ? input.report : withGuideFindings(input.report, guides.diagnostics);
    endReading();
    run.onValidated?.(checked);
    if (checked.errors > 0) {
      throw new InvalidInputError(`nothing written: fix the errors above first (${shownOut} is unchanged)`, checked);
    }
    requireOrders(input.report, [relative(run.cwd, ordersDir) || ordersDir]);
    const endPreparing = phases.start('browser lookup, cache sweep, tool fingerprint');
    const endpoint = run.browserWSEndpoint;
    const executablePath = endpoint === undefined ? await findBrowser(run.env) : undefined;
    const cache: BuildCache | undefined =
      run.cacheDir === undefined ? undefined : openBuildCache(run.cacheDir, (message) => run.onWarning?.(message));
    await cache?.sweep();
    const fingerprint =
      cache === undefined
        ? undefined
        : await toolFingerprint(endpoint === undefined ? { executablePath: executablePath ?? '' } : { endpoint });

    endPreparing();
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
        ? phases.time('site (Astro child, then moved into place and cached)', () => buildOrRestoreSite({
            outDir: siteDir,
            dataDir,
            referenceFile,
            root: TOOL_ROOT, // the package's own astro.config.mjs and src/, wherever bdc runs
            asOf,
            cache,
            searchPagesPerBundle: run.searchPagesPerBundle,
            followSymlinks: run.followSymlinks,
            // The library never prints: the site build's warnings go to onWarning, line by line.
            onOutput: siteOutput(run.onWarning),
            ...(run.siteSettings === undefined ? {} : { settings: run.siteSettings }),
            orders: input.orders.map(({ order, source }) => ({ orderId: order.orderId, source })),
            phases,
            ...(timings === undefined ? {} : { siteTimingsFile: siteTimingsFile(timings) }),
          }))
        : Promise.resolve(undefined),
      phases.time('documents (HTML, PDF, writes)', () => buildDocuments(plan, {
        outDir: documentsDir,
        asOf,
        ...(cache === undefined ? {} : { cache }),
        window: run.concurrency * 4,
        phases,
        printer: async () => {
          const endLaunch = phases.start('documents: printer launch');
          printer = await openPrinter(
            {
              asOf,
              env: run.env,
              concurrency: run.concurrency,
              ...(endpoint === undefined ? { executablePath: executablePath ?? '' } : { browserWSEndpoint: endpoint }),
            },
            'then run the build again',
          );
          endLaunch();
          return printer;
        },
        ...(run.onProgress === undefined ? {} : { onProgress: run.onProgress }),
      })),
    ]);
    // Both settle before anything is removed: no step writes into a folder being deleted.
    if (site.status === 'rejected') throw site.reason;
    if (documents.status === 'rejected') throw documents.reason;
    const report = documents.value;
    // A printer that could not start fails every document the same way: say it once.
    for (const { error } of report.failures) if (error instanceof BdcError && error.kind !== 'failed') throw error;
    if (report.failures.length > 0) {
      throw new DocumentsFailedError(
        `nothing written: ${report.failures.length} document(s) failed (${shownOut} is unchanged)`,
        report.failures,
      );
    }
    const endFinishing = phases.start('documents moved into the site, output swapped');
    await rename(documentsDir, join(siteDir, 'orders'));
    documentsStaging = undefined;
    await writeOutputMarker(staging);
    await swapInto(staging, outDir);
    staging = undefined;
    endFinishing();
    // The printer closes first: the tree's CPU then counts Chromium's.
    await printer?.close();
    // The output is published: timings that cannot be written are a warning, not a failed build.
    await writeBuildTimings(run.env, run.cwd, phases, startedAt).catch((error: unknown) => {
      run.onWarning?.(`BDC_BUILD_TIMINGS: the timings could not be written (${error instanceof Error ? error.message : String(error)})`);
    });
    return {
      out: outDir,
      orders: plan.length,
      forms: report.forms,
      summaries: report.summaries,
      site: site.value,
      cache: cache === undefined ? undefined : { dir: cache.dir, reused: report.reused },
      validation: input.report,
    };
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new UsageError(error.message, 'then run the build again', { cause: error });
    if (error instanceof SiteBuildError) {
      throw new BdcError('site', 'SITE_FAILED', `${error.message}; nothing written (${shownOut} is unchanged)`, { cause: error });
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
