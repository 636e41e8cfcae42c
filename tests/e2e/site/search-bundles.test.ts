/**
 * The search index written in several bundles (src/site/search/): the shipped data built with
 * at most 10 pages per bundle, served, and searched through Starlight's search box in both
 * languages. Results come from every bundle, in the page's language only.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { launchBrowser } from './browser.ts';
import { searchFor } from './search-box.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const BUNDLES = ['/pagefind-2/', '/pagefind-3/', '/pagefind-4/', '/pagefind-5/', '/pagefind-6/', '/pagefind-7/', '/pagefind/'];

let outDir = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'bdc-search-bundles-'));
  // 35 orders in 22 files, estimated as 35 orders x 2 pages: 7 bundles.
  await buildSite({ outDir, dataDir: 'data', guidesDir: 'data/guides', asOf: '2026-11-26T12:00:00+01:00', logLevel: 'error', searchPagesPerBundle: 10 });
  server = await serveStatic(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

it('writes the planned bundles, each with every language (a stand-in record where a bundle has none of its pages)', async () => {
  const folders = (await readdir(outDir)).filter((name) => name.startsWith('pagefind'));
  expect(folders.map((folder) => `/${folder}/`).sort()).toEqual(BUNDLES);
  for (const folder of folders) {
    const entry = JSON.parse(await readFile(join(outDir, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pl', 'pt']);
  }
});

it('merges every bundle on a French page and finds French pages only', async () => {
  const { links, bundles } = await searchFor(browser, `${server.origin}/`, 'rétractation', `links.some((link) => link.startsWith('/guides/'))`);
  expect(bundles).toEqual(BUNDLES);
  expect(links.slice(0, 2)).toEqual(['/guides/manage-orders/', '/guides/manage-orders/#exercer-votre-droit-de-rétractation']);
  expect(links.some((link) => /^\/commandes\/\d+\/#withdrawal$/.test(link))).toBe(true);
  expect(links.filter((link) => link.startsWith('/en/'))).toEqual([]);
});

it('merges every bundle on an English page and finds English pages only', async () => {
  const { links, bundles } = await searchFor(browser, `${server.origin}/en/`, 'withdrawal', `links.some((link) => link.startsWith('/en/guides/'))`);
  expect(bundles).toEqual(BUNDLES);
  expect(links.some((link) => /^\/en\/orders\/\d+\/#withdrawal$/.test(link))).toBe(true);
  expect(links.filter((link) => !link.startsWith('/en/'))).toEqual([]);
});
