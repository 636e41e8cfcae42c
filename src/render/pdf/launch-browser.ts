/**
 * Launches one headless Chromium for printing: a fresh temporary profile (removed on close),
 * no background networking, no sandbox only when running as root (Chromium refuses otherwise).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { makeScratchFolderSync } from '../../io/scratch-folders.ts';
import { headlessShellCacheDir } from './packaged-headless-shell.ts';
import { cachedPrinterFonts } from './printer-fonts.ts';

export interface LaunchedBrowser {
  readonly browser: Browser;
  /** Closes the browser (kills it if it does not answer) and removes its profile. */
  close(): Promise<void>;
  /** Synchronous last resort for signal handlers: SIGKILL and remove the profile. */
  kill(): void;
  /** Remembers a tab this run opened (closed on disconnect from a shared browser). */
  track?: (page: Page) => void;
}

/**
 * A browser someone else runs (a browserless-style pool), reached by its WebSocket endpoint:
 * closing only disconnects; the tabs this run opened are closed first.
 */
export async function connectBrowser(browserWSEndpoint: string): Promise<LaunchedBrowser> {
  let browser: Browser;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint, protocolTimeout: 60_000 });
  } catch (cause) {
    throw new Error(`could not connect to the browser at ${browserWSEndpoint}`, { cause });
  }
  const opened = new Set<Page>();
  const disconnect = async (): Promise<void> => {
    await Promise.allSettled([...opened].map((page) => page.close()));
    await browser.disconnect().catch(() => undefined);
  };
  return {
    browser,
    kill: () => {
      void disconnect();
    },
    close: disconnect,
    track: (page) => {
      opened.add(page);
    },
  };
}

/** Chromium refuses to run its sandbox as root: the printer passes --no-sandbox then, and only then. */
export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

export function browserArgs(userDataDir: string, isRoot: boolean): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--font-render-hinting=none',
    `--user-data-dir=${userDataDir}`,
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  // Named after this process: profiles left by killed runs are removed here.
  const userDataDir = makeScratchFolderSync(tmpdir(), 'bdc-chromium-');
  const removeProfile = (): void => {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  let browser: Browser;
  try {
    // The shipped fonts and only them: no system font ever reaches a PDF (printer-fonts.ts),
    // unwrapped once into the user's cache folder (else into the profile).
    const fontconfigFile = cachedPrinterFonts(headlessShellCacheDir(process.env), join(userDataDir, 'bdc-fonts'));
    browser = await puppeteer.launch({
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
      executablePath,
      headless: true,
      pipe: true,
      ignoreDefaultArgs: ['--enable-automation'],
      args: browserArgs(userDataDir, runsAsRoot()),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      protocolTimeout: 60_000,
    });
  } catch (cause) {
    removeProfile();
    throw new Error(`could not start the browser at ${executablePath}`, { cause });
  }
  const kill = (): void => {
    try {
      browser.process()?.kill('SIGKILL');
    } catch {
      // Already gone.
    }
    removeProfile();
  };
  return {
    browser,
    kill,
    async close() {
      try {
        await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      } catch {
        // A crashed browser cannot be closed politely: killed below.
      } finally {
        kill();
      }
    },
  };
}
