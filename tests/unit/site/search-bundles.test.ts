import { describe, expect, it } from 'vitest';
import { bundlePages, estimatedOrders, searchBundleCount, searchBundleFolder, splitEvenly } from '../../../src/site/search/search-bundles.ts';
import { siteSearch } from '../../../src/site/search/site-search.ts';

describe('the search index bundles', () => {
  it('plans one bundle per started group of pages, at least one', () => {
    expect(searchBundleCount(0, 4000)).toBe(1);
    expect(searchBundleCount(4000, 4000)).toBe(1);
    expect(searchBundleCount(4001, 4000)).toBe(2);
    // 10,000 orders in 2 languages.
    expect(searchBundleCount(20_000, 4000)).toBe(5);
    expect(() => searchBundleCount(10, 0)).toThrow(RangeError);
  });

  it('puts the first bundle where Starlight looks for the index, the others beside it', () => {
    expect([0, 1, 9].map(searchBundleFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-10']);
  });

  it('counts top-level orderId keys, one per YAML document, and at least one per file', () => {
    expect(estimatedOrders('orderId: 1\nlines: []\n---\norderId: 2\n---\norderId : 3\n')).toBe(3);
    expect(estimatedOrders('customer:\n  orderId: 1\n# orderId: 2\n')).toBe(1);
    expect(estimatedOrders('')).toBe(1);
  });

  it('cuts a list into consecutive runs whose lengths differ by at most one', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2], [3, 4], [5, 6, 7]]);
    expect(splitEvenly([1], 2)).toEqual([[], [1]]);
    const runs = splitEvenly(Array.from({ length: 20_011 }, (_, index) => index), 5);
    expect(runs.flat()).toEqual(Array.from({ length: 20_011 }, (_, index) => index));
    expect(runs.map((run) => run.length)).toEqual([4002, 4002, 4002, 4002, 4003]);
  });

  it('gives every bundle its share of each language', () => {
    const pages = ['en/a', 'en/b', 'en/c', 'en/d', 'fr/a', 'fr/b', 'fr/c', 'fr/d', 'fr/e', 'fr/f'];
    expect(bundlePages(pages, (page) => page.slice(0, 2), 2)).toEqual([
      ['en/a', 'en/b', 'fr/a', 'fr/b', 'fr/c'],
      ['en/c', 'en/d', 'fr/d', 'fr/e', 'fr/f'],
    ]);
  });
});

describe('the search settings of a site under a base path', () => {
  it('points the search box at every bundle under the base', async () => {
    const search = await siteSearch({ pageLength: 0.1 }, { BDC_DATA_DIR: 'data', BDC_SEARCH_PAGES_PER_BUNDLE: '1', BDC_BASE: '/docs/' });
    expect(search.bundleCount).toBeGreaterThan(1);
    expect(search.pagefind.mergeIndex?.[0]?.bundlePath).toBe('/docs/pagefind-2/');
    expect(search.pagefind.mergeIndex?.every((entry) => entry.bundlePath.startsWith('/docs/pagefind-'))).toBe(true);
  });
});
