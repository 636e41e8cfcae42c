/**
 * Where the Chromium that prints the PDFs is: PUPPETEER_EXECUTABLE_PATH, else a browser
 * installed by Puppeteer in its cache, else the headless shell shipped by the npm package
 * @sparticuz/chromium (Linux x64; BDC_HEADLESS_SHELL=0 skips it), else the usual system paths
 * (Debian's chromium first).
 */
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Browser, getInstalledBrowsers } from '@puppeteer/browsers';
import { packagedHeadlessShell } from './packaged-headless-shell.ts';

export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

/** Puppeteer's own preference among what it installs: the headless shell prints fastest. */
const CACHE_PREFERENCE: readonly Browser[] = [Browser.CHROMEHEADLESSSHELL, Browser.CHROME, Browser.CHROMIUM];

export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && (info.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

async function fromPuppeteerCache(env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  const cacheDir = env['PUPPETEER_CACHE_DIR'] ?? join(homedir(), '.cache', 'puppeteer');
  let installed;
  try {
    installed = await getInstalledBrowsers({ cacheDir });
  } catch {
    return undefined;
  }
  for (const kind of CACHE_PREFERENCE) {
    const newest = installed
      .filter((browser) => browser.browser === kind)
      .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))[0];
    if (newest !== undefined && (await isExecutable(newest.executablePath))) return newest.executablePath;
  }
  return undefined;
}

/** The first system browser installed (Debian's chromium first), the last resort of `findBrowser`. */
export async function findSystemBrowser(candidates: readonly string[] = SYSTEM_BROWSERS): Promise<string | undefined> {
  for (const path of candidates) {
    if (await isExecutable(path)) return path;
  }
  return undefined;
}

/** The browser's executable path, or a BrowserNotFoundError saying how to get one. */
export async function findBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  candidates: readonly string[] = SYSTEM_BROWSERS,
  headlessShell: typeof packagedHeadlessShell = packagedHeadlessShell,
): Promise<string> {
  const explicit = env['PUPPETEER_EXECUTABLE_PATH'];
  if (explicit !== undefined && explicit !== '') {
    if (await isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError(
      `PUPPETEER_EXECUTABLE_PATH=${explicit} is not an executable file; point it at a Chrome or Chromium binary or unset it`,
    );
  }
  const cached = await fromPuppeteerCache(env);
  if (cached !== undefined) return cached;
  if (env['BDC_HEADLESS_SHELL'] !== '0') {
    const shell = await headlessShell(env);
    if (shell !== undefined) return shell;
  }
  const system = await findSystemBrowser(candidates);
  if (system !== undefined) return system;
  throw new BrowserNotFoundError(
    'no Chrome or Chromium found to print PDFs: run `apt-get install -y chromium`, or set PUPPETEER_EXECUTABLE_PATH to a Chrome binary',
  );
}
