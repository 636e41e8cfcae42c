/**
 * A printing tab locked down: JavaScript off, and every request aborted except the page's own
 * about:blank and data: URLs (the form embeds its font as data:), so no fixture string can
 * make the browser fetch a URL or read a local file. Its screen view is never looked at: a
 * viewport 10 px high leaves Chromium little to paint and rasterise after each body swap
 * (the GPU process's CPU per form fell from ~3.3 to ~1.2 ms), while the print layout takes
 * the CSS page size, not the viewport (same PDF bytes, tested).
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

export function isAllowedRequest(url: string): boolean {
  return url === 'about:blank' || url.startsWith('data:');
}

/** Puppeteer's default width (the screen layout of the body), and almost no height. */
export const PRINTING_VIEWPORT = { width: 800, height: 10 } as const;

export async function openLockedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport(PRINTING_VIEWPORT);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowedRequest(request.url())) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}
