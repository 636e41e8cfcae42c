/** Types a query into Starlight's search box on a page of the served site and returns the result links. */
import type { Browser } from 'puppeteer-core';

export interface SearchResults {
  /** Result links in their order, URL-decoded. */
  readonly links: readonly string[];
  /** The search index bundles (`/pagefind…/`) whose entry file the page fetched. */
  readonly bundles: readonly string[];
}

/** `until`: a predicate over the result links, as JavaScript source, that the results must meet. */
export async function searchFor(browser: Browser, url: string, query: string, until: string): Promise<SearchResults> {
  const page = await browser.newPage();
  const bundles = new Set<string>();
  page.on('request', (request) => {
    const bundle = /^https?:\/\/[^/]+(\/pagefind[^/]*\/)pagefind-entry\.json/.exec(request.url())?.[1];
    if (bundle !== undefined) bundles.add(bundle);
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForSelector('button[data-open-modal]:not([disabled])');
    await page.click('button[data-open-modal]');
    await page.waitForSelector('.pagefind-ui__search-input', { visible: true });
    await page.type('.pagefind-ui__search-input', query);
    await page.waitForFunction(`((links) => ${until})([...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => decodeURI(a.getAttribute('href'))))`);
    const links = await page.$$eval('.pagefind-ui__result-link', (anchors) => anchors.map((anchor) => decodeURI(anchor.getAttribute('href') ?? '')));
    return { links, bundles: [...bundles].sort() };
  } finally {
    await page.close();
  }
}
