/**
 * Builds the help site with Astro's programmatic build(), for `bdc build`. The build runs in a
 * child Node process (astro-build-child.ts) so the caller's NODE_ENV (Vitest sets "test",
 * which would give development output), Vite's global state and process.env stay untouched.
 * The inputs reach the pages through BDC_* environment variables (site-env.ts).
 * Astro empties `outDir` first: write the rendered order forms into `outDir/orders/` after
 * this returns. Same inputs and as-of give the same bytes.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Temporal } from 'temporal-polyfill';
import { moveDirectory } from '../io/move-directory.ts';
import { removeOnInterrupt } from '../io/remove-on-interrupt.ts';
import { onInterrupt } from '../io/on-interrupt.ts';
import { makeScratchFolder } from '../io/scratch-folders.ts';
import { siblingModule } from '../io/sibling-module.ts';
import { SHIPPED_HOLIDAYS_FILE } from '../input/load-reference.ts';
import { siteBuildHeapMiB, yamlBytesUnder } from './child-heap.ts';
import type { SiteSettings } from './site-config.ts';

export interface BuildSiteOptions {
  /** Where the site is written (emptied first). */
  readonly outDir: string;
  /** The data folder: `orders/` and, unless `reference` is given, `subsidiaries.yaml`. */
  readonly dataDir: string;
  readonly guidesDir: string;
  /** The site's "now": expiry of order forms, withdrawal windows. */
  readonly asOf: Temporal.Instant | string;
  /** The project folder holding astro.config.mjs and src/ (default: the working folder). */
  readonly root?: string;
  /** The reference data file (default: `<dataDir>/subsidiaries.yaml`). */
  readonly reference?: string;
  /** Astro's log level (default: warn). */
  readonly logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Where Astro's output goes (its warnings), a chunk at a time (default: this process's stderr). */
  readonly onOutput?: (text: string) => void;
  /** At most how many pages each search index bundle takes (default: BDC_SEARCH_PAGES_PER_BUNDLE, else 4,000). */
  readonly searchPagesPerBundle?: number;
  /** Build only these orders' pages (and every page that is not an order's): an incremental build. */
  readonly orderPages?: readonly number[];
  /** Read guides and images linked from outside the guides folder (default false). */
  readonly followSymlinks?: boolean;
  /** Where the site is published (URL, base path) and its title (site-config.ts); default: base `/`. */
  readonly settings?: SiteSettings;
  /** Where the child writes its phase timings as JSON (src/pipeline/phase-timings.ts); undefined: none. */
  readonly timingsFile?: string;
}

export class SiteBuildError extends Error {
  override readonly name = 'SiteBuildError';
}

const CHILD = fileURLToPath(siblingModule('astro-build-child', import.meta.url));

/** How much of the child's last output a SiteBuildError quotes when that output went to a callback. */
const QUOTED_OUTPUT = 4096;

function runChild(nodeFlags: readonly string[], settings: object, env: NodeJS.ProcessEnv, cwd: string, onOutput?: (text: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, CHILD, JSON.stringify(settings)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Interrupted (SIGINT / SIGTERM): stop the build before the caller removes its staging folder.
    const forget = onInterrupt(() => {
      child.kill('SIGKILL');
    });
    let tail = '';
    if (onOutput === undefined) {
      child.stdout.pipe(process.stderr, { end: false });
      child.stderr.pipe(process.stderr, { end: false });
    } else {
      const take = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        tail = (tail + text).slice(-QUOTED_OUTPUT);
        onOutput(text);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
    }
    child.on('error', (cause) => {
      forget();
      reject(new SiteBuildError('could not start the site build', { cause }));
    });
    child.on('close', (code, signal) => {
      forget();
      if (code === 0) resolvePromise();
      else {
        const why = `the site build failed (${signal ?? `exit code ${String(code)}`})`;
        reject(new SiteBuildError(onOutput === undefined ? `${why}; its messages are above` : `${why}: ${tail.trim()}`));
      }
    });
  });
}

/**
 * Variables a test runner sets that Vite would read as import.meta.env (Vitest sets DEV, PROD,
 * MODE, SSR, BASE_URL, VITEST…): with them the pages would render in development mode.
 */
const RUNNER_VARIABLES = /^(DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*)$/;

function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_VARIABLES.test(key)));
}

export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const dataDir = resolve(options.dataDir);
  const env: NodeJS.ProcessEnv = {
    ...cleanEnvironment(),
    BDC_DATA_DIR: dataDir,
    BDC_GUIDES_DIR: resolve(options.guidesDir),
    BDC_REFERENCE: resolve(options.reference ?? join(dataDir, 'subsidiaries.yaml')),
    BDC_AS_OF: options.asOf.toString(),
    // Found here: in the site's bundled code, a module's own URL is not the package's.
    BDC_SHIPPED_HOLIDAYS: SHIPPED_HOLIDAYS_FILE,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    // Native memory handed back sooner: fewer glibc malloc arenas (2 cores anyway), and
    // Rolldown's mimalloc returns freed pages to the system at once instead of keeping them.
    MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'] ?? '2',
    MIMALLOC_PURGE_DELAY: process.env['MIMALLOC_PURGE_DELAY'] ?? '0',
  };
  // Never inherited: only --follow-symlinks lets the guides' loader follow links out of the guides folder.
  if (options.followSymlinks === true) env['BDC_FOLLOW_SYMLINKS'] = '1';
  else delete env['BDC_FOLLOW_SYMLINKS'];
  if (options.searchPagesPerBundle !== undefined) env['BDC_SEARCH_PAGES_PER_BUNDLE'] = String(options.searchPagesPerBundle);
  // Never inherited: the settings given, or none.
  delete env['BDC_SITE'];
  delete env['BDC_BASE'];
  delete env['BDC_TITLE'];
  const { settings } = options;
  if (settings?.site !== undefined) env['BDC_SITE'] = settings.site;
  if (settings?.base !== undefined) env['BDC_BASE'] = settings.base;
  if (settings?.title !== undefined) env['BDC_TITLE'] = settings.title;
  // Never inherited: only an incremental build (src/pipeline/site-step.ts) builds some order pages.
  if (options.orderPages === undefined) delete env['BDC_SITE_ORDER_PAGES'];
  else env['BDC_SITE_ORDER_PAGES'] = JSON.stringify(options.orderPages);
  // Never inherited: only a build that records its phases asks the child for its own.
  if (options.timingsFile === undefined) delete env['BDC_SITE_TIMINGS'];
  else env['BDC_SITE_TIMINGS'] = options.timingsFile;
  // A heap limit sized from the orders keeps the child's memory bounded (child-heap.ts).
  const heapMiB = siteBuildHeapMiB(await yamlBytesUnder(join(dataDir, 'orders')));
  const root = resolve(options.root ?? '.');
  // A private working folder per build, inside the project so bundled chunks resolve its
  // node_modules: Astro puts its cache there and, when outDir is outside the working folder,
  // its prerender chunks in <cwd>/.astro/. Concurrent builds then never share either.
  const parent = join(root, 'node_modules', '.cache');
  await mkdir(parent, { recursive: true });
  // Named after this process: the work folders of killed builds are removed here.
  const workDir = await makeScratchFolder(parent, 'bdc-site-build-');
  const forgetWorkDir = removeOnInterrupt(workDir);
  try {
    // Astro moves its output into outDir by renaming: it builds inside the project, and the
    // result then moves to outDir, which may be on another file system.
    const siteDir = join(workDir, 'site');
    const settings = { root, outDir: siteDir, cacheDir: join(workDir, 'cache'), logLevel: options.logLevel ?? 'warn', parentPid: process.pid };
    await runChild([`--max-old-space-size=${String(heapMiB)}`], settings, env, workDir, options.onOutput);
    await moveDirectory(siteDir, resolve(options.outDir));
  } finally {
    forgetWorkDir();
    await rm(workDir, { recursive: true, force: true });
  }
}
