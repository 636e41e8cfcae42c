/** Crawls a served site from its root (or `start`, e.g. a base path) with a browser: pages, their links and resources. */
import type { Browser } from 'puppeteer-core';

export interface CrawlResult {
  /** Every internal page visited (path). */
  readonly pages: string[];
  /** Internal URLs (links, stylesheets, images, scripts) whose status was not 200. */
  readonly broken: { url: string; status: number; from: string }[];
  /** Console errors and page errors, with the page they happened on. */
  readonly consoleErrors: { page: string; text: string }[];
}

const REFERENCES = `[...document.querySelectorAll('a[href], link[href], img[src], script[src]')]
  .map((el) => el.href || el.src)`;

export async function crawl(browser: Browser, origin: string, skip: (path: string) => boolean, start = '/'): Promise<CrawlResult> {
  const queue = [start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const broken: CrawlResult['broken'] = [];
  const consoleErrors: CrawlResult['consoleErrors'] = [];
  const checked = new Map<string, number>();
  const page = await browser.newPage();
  let current = start;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ page: current, text: message.text() });
  });
  page.on('pageerror', (error) => consoleErrors.push({ page: current, text: String(error) }));
  try {
    while (queue.length > 0) {
      const path = queue.shift() ?? start;
      current = path;
      const response = await page.goto(origin + path, { waitUntil: 'networkidle0' });
      pages.push(path);
      if (response?.status() !== 200) {
        broken.push({ url: path, status: response?.status() ?? 0, from: '(queue)' });
        continue;
      }
      const references = (await page.evaluate(REFERENCES)) as string[];
      for (const reference of references) {
        const url = new URL(reference);
        if (url.origin !== origin) continue;
        const target = url.pathname;
        if (skip(target)) continue;
        if (target.endsWith('/') || target.endsWith('.html')) {
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
          continue;
        }
        let status = checked.get(target);
        if (status === undefined) {
          status = (await fetch(origin + target)).status;
          checked.set(target, status);
        }
        if (status !== 200) broken.push({ url: target, status, from: path });
      }
    }
  } finally {
    await page.close();
  }
  return { pages, broken, consoleErrors };
}
