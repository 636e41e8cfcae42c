/**
 * Child-process entry of buildSite: runs Astro's programmatic build() with the settings given
 * as one JSON argument. The inputs reach the pages through the BDC_* environment the parent
 * set. A separate process keeps Vite's global state, NODE_ENV and process.env of the caller
 * (a CLI, a test runner) out of the build.
 */
import { Worker } from 'node:worker_threads';
import { buildErrorText } from './build-error-text.ts';
import { writeSitePhases } from './site-phases.ts';

interface ChildSettings {
  readonly root: string;
  readonly outDir: string;
  readonly cacheDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The process that started this one. */
  readonly parentPid: number;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;

// A parent killed outright (SIGKILL) cannot stop this build: it stops itself once orphaned
// (its parent is no longer the one that started it), so no build runs on, writing into
// folders no one will remove. The watch runs on its own thread: this one is busy for seconds
// at a time (loading Astro, rendering).
const ORPHAN_WATCH = `const { workerData } = require('node:worker_threads');
const check = () => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); };
check();
setInterval(check, 250);`;
new Worker(ORPHAN_WATCH, { eval: true, workerData: settings.parentPid }).unref();

const { build } = await import('astro');
try {
  await build({ root: settings.root, outDir: settings.outDir, cacheDir: settings.cacheDir, logLevel: settings.logLevel, mode: 'production' });
  const timings = process.env['BDC_SITE_TIMINGS'];
  if (timings !== undefined && timings !== '') writeSitePhases(timings);
} catch (error) {
  process.stderr.write(`${buildErrorText(error, process.env['BDC_DEBUG'] === '1')}\n`);
  process.exitCode = 1;
}
