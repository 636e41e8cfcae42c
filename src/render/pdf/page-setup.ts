/**
 * A printing tab locked down: JavaScript off, and every request aborted except the page's own
 * about:blank and data: URLs (the form embeds its font as data:), so no fixture string can
 * make the browser fetch a URL or read a local file.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

export function isAllowedRequest(url: string): boolean {
  return url === 'about:blank' || url.startsWith('data:');
}

export async function openLockedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowedRequest(request.url())) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}
