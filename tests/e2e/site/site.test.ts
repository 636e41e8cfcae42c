/**
 * The built help site, served on 127.0.0.1 and driven by Chromium: crawl from the root, no
 * broken internal link or resource, no console error, no serious axe violation, the default
 * order list, Pagefind search, and content shown without JavaScript.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/site/build-site.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { crawl, type CrawlResult } from './crawl.ts';
import { nonExpiredOrderIds } from './expected-orders.ts';
import { searchFor } from './search-box.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const AS_OF = '2026-11-26T12:00:00+01:00';
/**
 * Order forms and withdrawal summaries come from the render step: when this build has no
 * orders/ folder (site only), links to them are not followed; when it has one, they are.
 */
const RENDER_OUTPUT = /^\/orders\/\d+(-withdrawal)?\.(html|pdf)$/;

let outDir = '';
let server: StaticServer;
let browser: Browser;
let crawled: CrawlResult;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'bdc-site-e2e-'));
  await buildSite({ outDir, dataDir: 'data', guidesDir: 'data/guides', asOf: AS_OF, logLevel: 'error' });
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  const rendered = existsSync(join(outDir, 'orders'));
  crawled = await crawl(browser, server.origin, (path) => !rendered && RENDER_OUTPUT.test(path));
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('crawl from the root', () => {
  it('reaches every kind of page in both languages', () => {
    for (const path of ['/', '/en/', '/guides/manage-orders/', '/en/guides/manage-orders/', '/etats-des-commandes/', '/en/order-statuses/', '/commandes/', '/commandes/en-cours/', '/commandes/toutes/', '/commandes/terminees/', '/commandes/expirees/', '/en/orders/', '/en/orders/running/', '/commandes/218700101/', '/en/orders/218700101/']) {
      expect(crawled.pages).toContain(path);
    }
  });

  it('finds no broken internal link, stylesheet, image or script', () => {
    expect(crawled.broken).toEqual([]);
  });

  it('logs no console error (CSP included)', () => {
    expect(crawled.consoleErrors).toEqual([]);
  });
});

describe('accessibility', () => {
  it.each(['/guides/manage-orders/', '/en/guides/manage-orders/', '/etats-des-commandes/', '/commandes/', '/commandes/218700101/', '/en/orders/218700124/'])(
    'axe finds no serious or critical violation on %s',
    async (path) => {
      const page = await browser.newPage();
      try {
        await page.setBypassCSP(true);
        await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe('order list', () => {
  it('shows by default exactly the orders not expired at as-of, newest first', async () => {
    const expected = await nonExpiredOrderIds('data/orders', Temporal.Instant.from(AS_OF));
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/commandes/`, { waitUntil: 'networkidle0' });
      const rows = (await page.evaluate(`[...document.querySelectorAll('table.bdc-orders tbody tr[data-order-id]')]
        .map((tr) => ({ id: Number(tr.dataset.orderId), at: tr.querySelector('time').getAttribute('datetime') }))`)) as { id: number; at: string }[];
      expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual(expected);
      const instants = rows.map((row) => Temporal.Instant.from(row.at).epochMilliseconds);
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
      const headers = (await page.evaluate(`[...document.querySelectorAll('table.bdc-orders thead th')].map((th) => th.textContent.trim())`)) as string[];
      expect(headers).toEqual(['Date', 'Numéro de commande', 'État', 'Montant avec taxes']);
    } finally {
      await page.close();
    }
  });

  it('shows the table and the order page without JavaScript', async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.origin}/en/orders/`, { waitUntil: 'load' });
      const headers = (await page.$$eval('table.bdc-orders thead th', (cells) => cells.map((cell) => cell.textContent.trim())));
      expect(headers).toEqual(['Date', 'Order number', 'Status', 'Amount with VAT']);
      await page.goto(`${server.origin}/commandes/218700124/`, { waitUntil: 'load' });
      expect(await page.$$eval('.bdc-tracker > li', (steps) => steps.map((step) => step.getAttribute('data-step-state')))).toEqual(['DONE', 'DONE', 'DOING', 'TODO']);
    } finally {
      await page.close();
    }
  });
});

describe('search', () => {
  it('finds the withdrawal section of the guide first for "rétractation", through Starlight’s search box', async () => {
    const { links, bundles } = await searchFor(browser, `${server.origin}/`, 'rétractation', `links.some((link) => link.startsWith('/guides/'))`);
    expect(links.slice(0, 2)).toEqual(['/guides/manage-orders/', '/guides/manage-orders/#exercer-votre-droit-de-rétractation']);
    expect(links.some((link) => /^\/commandes\/\d+\/#withdrawal$/.test(link))).toBe(true);
    expect(bundles).toEqual(['/pagefind/']);
  });
});
