import { resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dataDir, guidesDir, referenceFile, searchPagesPerBundle, siteAsOf } from '../../../src/site/site-env.ts';

describe('site inputs from the environment', () => {
  it('defaults to data/, data/subsidiaries.yaml and data/guides', () => {
    expect(dataDir({})).toBe(resolve('data'));
    expect(referenceFile({})).toBe(resolve('data/subsidiaries.yaml'));
    expect(guidesDir({})).toBe(resolve('data/guides'));
  });

  it('follows BDC_DATA_DIR for the reference file unless BDC_REFERENCE is set', () => {
    expect(referenceFile({ BDC_DATA_DIR: '/tmp/d' })).toBe('/tmp/d/subsidiaries.yaml');
    expect(referenceFile({ BDC_DATA_DIR: '/tmp/d', BDC_REFERENCE: '/tmp/ref.yaml' })).toBe('/tmp/ref.yaml');
  });

  it('takes as-of from BDC_AS_OF, then SOURCE_DATE_EPOCH, then the clock', () => {
    const clock = (): Temporal.Instant => Temporal.Instant.from('2030-01-01T00:00:00Z');
    expect(siteAsOf({ BDC_AS_OF: '2026-03-02T10:15:00+01:00', SOURCE_DATE_EPOCH: '1' }, clock).toString()).toBe('2026-03-02T09:15:00Z');
    expect(siteAsOf({ SOURCE_DATE_EPOCH: '1772442900' }, clock).toString()).toBe('2026-03-02T09:15:00Z');
    expect(siteAsOf({}, clock).toString()).toBe('2030-01-01T00:00:00Z');
    expect(() => siteAsOf({ SOURCE_DATE_EPOCH: 'yesterday' }, clock)).toThrow('SOURCE_DATE_EPOCH "yesterday" is not a number of seconds');
  });

  it('takes the pages per search bundle from BDC_SEARCH_PAGES_PER_BUNDLE, else the fallback, and refuses anything but a positive whole number', () => {
    expect(searchPagesPerBundle({}, 4000)).toBe(4000);
    expect(searchPagesPerBundle({ BDC_SEARCH_PAGES_PER_BUNDLE: '' }, 4000)).toBe(4000);
    expect(searchPagesPerBundle({ BDC_SEARCH_PAGES_PER_BUNDLE: '250' }, 4000)).toBe(250);
    for (const value of ['0', '-3', '2.5', '1e3', 'many', '08']) {
      expect(() => searchPagesPerBundle({ BDC_SEARCH_PAGES_PER_BUNDLE: value }, 4000)).toThrow(`BDC_SEARCH_PAGES_PER_BUNDLE "${value}" is not a positive whole number of pages`);
    }
  });
});
