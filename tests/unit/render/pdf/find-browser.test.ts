import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../../../src/render/pdf/find-browser.ts';
import { headlessShellCacheDir, packagedHeadlessShell } from '../../../../src/render/pdf/packaged-headless-shell.ts';

describe('findBrowser', async () => {
  const emptyCache = await mkdtemp(join(tmpdir(), 'bdc-puppeteer-cache-'));

  it('takes PUPPETEER_EXECUTABLE_PATH first', async () => {
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/sh', PUPPETEER_CACHE_DIR: emptyCache }, ['/bin/ls'])).toBe('/bin/sh');
  });

  it('refuses a PUPPETEER_EXECUTABLE_PATH that is not executable', async () => {
    const notExecutable = join(emptyCache, 'chrome.txt');
    await writeFile(notExecutable, 'not a browser', { mode: 0o644 });
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: notExecutable }, [])).rejects.toThrow(
      `PUPPETEER_EXECUTABLE_PATH=${notExecutable} is not an executable file`,
    );
  });

  it('falls back to the first executable system path', async () => {
    expect(await findBrowser({ PUPPETEER_CACHE_DIR: emptyCache, BDC_HEADLESS_SHELL: '0' }, ['/nonexistent/chromium', '/bin/ls'])).toBe('/bin/ls');
  });

  it('says how to install one when there is none', async () => {
    const search = findBrowser({ PUPPETEER_CACHE_DIR: emptyCache, BDC_HEADLESS_SHELL: '0' }, ['/nonexistent/chromium']);
    await expect(search).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(search).rejects.toThrow(/apt-get install -y chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });

  it('unpacks the headless shell of @sparticuz/chromium before trying system paths', async () => {
    const cacheHome = await mkdtemp(join(tmpdir(), 'bdc-xdg-cache-'));
    try {
      const found = await findBrowser({ PUPPETEER_CACHE_DIR: emptyCache, XDG_CACHE_HOME: cacheHome }, ['/bin/ls']);
      expect(found).toMatch(new RegExp(`^${cacheHome}/bdc/headless-shell-[\\d.]+/chromium$`));
      // Unpacked once: the second search finds it in place.
      expect(await findBrowser({ PUPPETEER_CACHE_DIR: emptyCache, XDG_CACHE_HOME: cacheHome }, ['/bin/ls'])).toBe(found);
    } finally {
      await rm(cacheHome, { recursive: true, force: true });
    }
  }, 60_000);

  it('goes on to the system browser when the optional @sparticuz/chromium is not installed', async () => {
    const cacheHome = await mkdtemp(join(tmpdir(), 'bdc-xdg-cache-'));
    const notInstalled = (specifier: string): string => {
      throw Object.assign(new Error(`Cannot find package '${specifier}'`), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    try {
      const env = { PUPPETEER_CACHE_DIR: emptyCache, XDG_CACHE_HOME: cacheHome };
      expect(await packagedHeadlessShell(env, notInstalled)).toBeUndefined();
      expect(await findBrowser(env, ['/nonexistent/chromium', '/bin/ls'], (shellEnv) => packagedHeadlessShell(shellEnv, notInstalled))).toBe('/bin/ls');
    } finally {
      await rm(cacheHome, { recursive: true, force: true });
    }
  });

  it('keeps its cache under ~/.cache/bdc when XDG_CACHE_HOME is empty or relative, as the XDG spec says (never a ./bdc in the working folder)', () => {
    const home = join(homedir(), '.cache', 'bdc');
    expect(headlessShellCacheDir({ XDG_CACHE_HOME: '' })).toBe(home);
    expect(headlessShellCacheDir({ XDG_CACHE_HOME: 'cache' })).toBe(home);
    expect(headlessShellCacheDir({})).toBe(home);
    expect(headlessShellCacheDir({ XDG_CACHE_HOME: '/srv/cache' })).toBe('/srv/cache/bdc');
  });
});
