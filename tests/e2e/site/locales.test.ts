/**
 * A data folder holding one guide in the 16 ovh/docs locales of "Gérer mes commandes" (our own
 * text, every markup construct of the billing guides), built with `--base /docs/` and served
 * under /docs/: a page for each locale the site serves and a warning naming the file of the
 * one it does not (lt-lt); no raw markup left in any page; FAQ answers inside their question;
 * the crawl from /docs/ finds no broken link; axe on every language's pages.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { crawl, type CrawlResult } from './crawl.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const AS_OF = '2026-11-26T12:00:00+01:00';
const FOLDER = 'orders-everywhere';
/** Served locale → where its guide is published (below /docs/) and its page language. */
const SERVED: readonly [string, string, string][] = [
  ['fr-fr', '', 'fr'], ['en-gb', 'en/', 'en'], ['de-de', 'de/', 'de'], ['es-es', 'es/', 'es'], ['it-it', 'it/', 'it'], ['pl-pl', 'pl/', 'pl'], ['pt-pt', 'pt/', 'pt'],
  ['en-asia', 'en-asia/', 'en-x-asia'], ['en-au', 'en-au/', 'en-AU'], ['en-ca', 'en-ca/', 'en-CA'], ['en-ie', 'en-ie/', 'en-IE'], ['en-sg', 'en-sg/', 'en-SG'], ['en-us', 'en-us/', 'en-US'],
  ['es-us', 'es-us/', 'es-US'], ['fr-ca', 'fr-ca/', 'fr-CA'],
];
const RENDER_OUTPUT = /^\/docs\/orders\/\d+(-withdrawal)?\.(html|pdf)$/;

let work = '';
let site = '';
let stderr = '';
let server: StaticServer;
let browser: Browser;
let crawled: CrawlResult;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

function mainText(page: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? page;
  return main.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&#x3C;|&lt;/g, '<');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bdc-locales-e2e-'));
  const data = join(work, 'data');
  await mkdir(join(data, 'orders'), { recursive: true });
  await cp('data/subsidiaries.yaml', join(data, 'subsidiaries.yaml'));
  await cp('data/orders/fr-withdrawal-eligible.yaml', join(data, 'orders', 'fr.yaml'));
  await cp('data/orders/eu-withdrawal-eligible.yaml', join(data, 'orders', 'eu.yaml'));
  await cp(`tests/e2e/site/fixtures/many-locales/${FOLDER}`, join(data, 'guides', FOLDER), { recursive: true });
  site = join(work, 'www', 'docs');
  await mkdir(join(work, 'www'));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    await buildSite({ outDir: site, dataDir: data, guidesDir: join(data, 'guides'), asOf: AS_OF, logLevel: 'warn', settings: { base: '/docs/', site: 'https://help.example.org' } });
  } finally {
    write.mockRestore();
  }
  server = await serveStatic(join(work, 'www'));
  browser = await launchBrowser();
  crawled = await crawl(browser, server.origin, (path) => RENDER_OUTPUT.test(path), '/docs/');
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('one guide in the 16 ovh/docs locales', () => {
  it.each(SERVED)('publishes %s at /docs/%sguides/… in its language', async (code, prefix, lang) => {
    const page = await readFile(join(site, prefix, 'guides', FOLDER, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    expect(page).toContain(`(${code})`);
    expect(page).toContain(`Answer one in ${code}.`);
  });

  it('warns about lt-lt, naming its file, and publishes nothing for it', async () => {
    expect(stderr).toMatch(/orders-everywhere\/guide\.lt-lt\.md: warning GUIDE_LOCALE_UNSERVED: the locale lt-lt is not published/);
    await expect(readdir(join(site, 'lt'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readdir(join(site, 'lt-lt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves no raw {.…}, [!…], ///, >> or comment in any built page', async () => {
    const files = await htmlFiles(site);
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = mainText(await readFile(file, 'utf8'));
      for (const marker of ['{.', '[!', '///', '>>', 'BDC-TEST-MARKER', '<iframe']) {
        if (text.includes(marker)) throw new Error(`${file} shows ${marker}`);
      }
    }
  });

  it('puts each FAQ answer inside its question’s <details>, in both layouts', async () => {
    const page = await readFile(join(site, 'de', 'guides', FOLDER, 'index.html'), 'utf8');
    expect(page).toMatch(/<details class="md-faq__item">\s*<summary>Question one in de-de\?<\/summary>\s*<div class="md-faq__answer">\s*<p>Answer one in de-de\.<\/p>\s*<p>Its second paragraph\.<\/p>\s*<\/div>\s*<\/details>/);
    expect(page).toMatch(/<summary>Question two in de-de\?<\/summary>\s*<div class="md-faq__answer">\s*<p>Answer two in de-de\.<\/p>/);
    expect(page).toMatch(/<summary>Old layout question in de-de\?<\/summary>\s*<div class="md-faq__answer">\s*<p>Old layout answer in de-de\.<\/p>/);
    expect(page).toMatch(/<details class="md-details">\s*<summary>Details in de-de<\/summary>/);
    expect(page).toContain('<a href="https://video.example.com/embed/de-de" class="md-external" rel="noopener noreferrer">Video for de-de');
  });

  it('links hreflang alternates to the translations that exist, under the base', async () => {
    const page = await readFile(join(site, 'fr-ca', 'guides', FOLDER, 'index.html'), 'utf8');
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1] ?? ''} ${match[2] ?? ''}`);
    expect(alternates).toHaveLength(SERVED.length + 1);
    expect(alternates).toContain('x-default https://help.example.org/docs/guides/orders-everywhere/');
    expect(alternates).toContain('en-x-asia https://help.example.org/docs/en-asia/guides/orders-everywhere/');
    const list = await readFile(join(site, 'commandes', 'index.html'), 'utf8');
    expect(list).toContain('<link rel="alternate" hreflang="en" href="https://help.example.org/docs/en/orders/"');
    expect(list).not.toContain('/en/commandes/');
  });

  it('builds the order list per language and each order in its language and English only', async () => {
    const orderPages = async (prefix: string): Promise<string[]> => (await readdir(join(site, prefix, prefix === '' ? 'commandes' : 'orders'))).filter((name) => /^\d+$/.test(name)).sort();
    const french = await orderPages('');
    expect(french.length).toBeGreaterThan(1);
    expect(await orderPages('en/')).toEqual(french);
    // The orders of this data are in French, English and Spanish (218700111, of the ES
    // subsidiary): its page also in Spanish, and no page in the other languages.
    expect(await orderPages('es/')).toEqual(['218700111']);
    for (const prefix of ['de/', 'it/', 'pl/', 'pt/']) expect(await orderPages(prefix)).toEqual([]);
    await expect(readdir(join(site, 'fr-ca', 'commandes'))).rejects.toMatchObject({ code: 'ENOENT' });
    const status = await readFile(join(site, 'fr-ca', 'etats-des-commandes', 'index.html'), 'utf8');
    expect(status).toMatch(/<html[^>]* lang="fr-CA"/);
    expect(status).toContain('href="/docs/commandes/"');
  });
});

describe('served under /docs/', () => {
  it('reaches every locale’s guide, home and state reference', () => {
    for (const [, prefix] of SERVED) {
      expect(crawled.pages).toContain(`/docs/${prefix}guides/${FOLDER}/`);
      expect(crawled.pages).toContain(`/docs/${prefix}`);
    }
    expect(crawled.pages).toContain('/docs/de/order-statuses/');
    expect(crawled.pages).toContain('/docs/commandes/');
  });

  it('finds no broken internal link, stylesheet, image or script', () => {
    expect(crawled.broken).toEqual([]);
    expect(crawled.pages.every((path) => path.startsWith('/docs/'))).toBe(true);
  });

  it('logs no console error (CSP included)', () => {
    expect(crawled.consoleErrors).toEqual([]);
  });

  it.each(SERVED.map(([code, prefix]) => [code, prefix]))('axe finds no serious violation on the %s guide, home, state reference and order list', async (_code, prefix) => {
    const page = await browser.newPage();
    const french = prefix === '' || prefix.startsWith('fr');
    const main = !prefix.includes('-');
    const paths = [`/docs/${prefix}guides/${FOLDER}/`, `/docs/${prefix}`, `/docs/${prefix}${french ? 'etats-des-commandes' : 'order-statuses'}/`];
    if (main) paths.push(`/docs/${prefix}${french ? 'commandes' : 'orders'}/`);
    try {
      await page.setBypassCSP(true);
      for (const path of paths) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
        expect(await seriousViolations(page)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
