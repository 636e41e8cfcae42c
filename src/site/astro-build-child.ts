/**
 * Child-process entry of buildSite: runs Astro's programmatic build() with the settings given
 * as one JSON argument. The inputs reach the pages through the BDC_* environment the parent
 * set. A separate process keeps Vite's global state, NODE_ENV and process.env of the caller
 * (a CLI, a test runner) out of the build.
 */
import { build } from 'astro';
import { buildErrorText } from './build-error-text.ts';

interface ChildSettings {
  readonly root: string;
  readonly outDir: string;
  readonly cacheDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;
try {
  await build({ root: settings.root, outDir: settings.outDir, cacheDir: settings.cacheDir, logLevel: settings.logLevel, mode: 'production' });
} catch (error) {
  process.stderr.write(`${buildErrorText(error, process.env['BDC_DEBUG'] === '1')}\n`);
  process.exitCode = 1;
}
