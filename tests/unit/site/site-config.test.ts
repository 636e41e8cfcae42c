import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBase, checkSiteUrl, loadSiteSettings, parseSiteConfig, SiteConfigError } from '../../../src/site/site-config.ts';
import { siteBase, siteUrl } from '../../../src/site/site-env.ts';

describe('site URL and base', () => {
  it('normalises a base path', () => {
    expect(checkBase('/docs/', '--base')).toBe('/docs/');
    expect(checkBase('docs', '--base')).toBe('/docs/');
    expect(checkBase('/a/b', '--base')).toBe('/a/b/');
    expect(checkBase('/', '--base')).toBe('/');
  });

  it.each(['/../etc/', '/a b/', '/x?y/', '/<script>/'])('refuses the base %s, saying where and what is expected', (base) => {
    expect(() => checkBase(base, '--base')).toThrow(SiteConfigError);
    expect(() => checkBase(base, '--base')).toThrow(/^--base: expected a path of plain segments/);
  });

  it('accepts an http(s) URL and drops its trailing slash', () => {
    expect(checkSiteUrl('https://example.github.io/', '--site')).toBe('https://example.github.io');
  });

  it.each(['example.com', 'javascript:alert(1)', 'ftp://x.example', 'https://x.example/?q=1', 'https://u:p@x.example'])('refuses the site URL %s', (url) => {
    expect(() => checkSiteUrl(url, '--site')).toThrow(/^--site: expected an absolute http\(s\) URL/);
  });

  it('reads them from the environment the site build gets', () => {
    expect(siteBase({ BDC_BASE: 'docs' })).toBe('/docs/');
    expect(siteBase({})).toBe('/');
    expect(siteUrl({})).toBeUndefined();
    expect(siteUrl({ BDC_SITE: 'https://h.example/' })).toBe('https://h.example');
  });
});

describe('the config file', () => {
  it('reads site, base and title from YAML or JSON', () => {
    expect(parseSiteConfig('site: https://h.example\nbase: /docs\ntitle: Aide\n', 'bdc.config.yaml')).toEqual({ site: 'https://h.example', base: '/docs/', title: 'Aide' });
    expect(parseSiteConfig('{"base": "/x/"}', 'bdc.config.json')).toEqual({ base: '/x/' });
  });

  it('names the file and the key of a mistake, with a hint', () => {
    let caught: unknown;
    try {
      parseSiteConfig('site: https://h.example\nbse: /docs/\n', 'data/bdc.config.yaml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SiteConfigError);
    expect((caught as SiteConfigError).message).toMatch(/^data\/bdc\.config\.yaml: the site configuration is not valid: .*bse/);
    expect((caught as SiteConfigError).hint).toContain('site (a URL), base (a path like /docs/), title (text)');
    expect(() => parseSiteConfig('base: [1, 2]\n', 'c.yaml')).toThrow(/c\.yaml: the site configuration is not valid: base:/);
    expect(() => parseSiteConfig('base: /a/\nbase: /b/\n', 'c.yaml')).toThrow(/^c\.yaml:2:1: not valid YAML: Map keys must be unique/);
    expect(() => parseSiteConfig('a: &x 1\nb: *x\n', 'c.yaml')).toThrow(SiteConfigError);
    expect(() => parseSiteConfig('{', 'c.json')).toThrow(/^c\.json: not valid JSON/);
  });

  describe('lookup', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bdc-config-'));
      await mkdir(join(dir, 'data'));
      await mkdir(join(dir, 'empty'));
      await writeFile(join(dir, 'bdc.config.yaml'), 'base: /from-cwd/\ntitle: T\n');
      await writeFile(join(dir, 'data', 'bdc.config.json'), '{"base": "/from-data/", "site": "https://d.example"}');
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('prefers the data folder, then the working folder; the command line wins', async () => {
      expect(await loadSiteSettings({ dataDir: join(dir, 'data'), cwd: dir })).toEqual({ site: 'https://d.example', base: '/from-data/' });
      expect(await loadSiteSettings({ dataDir: join(dir, 'empty'), cwd: dir })).toEqual({ base: '/from-cwd/', title: 'T' });
      expect(await loadSiteSettings({ dataDir: join(dir, 'data'), cwd: dir, base: '/cli/', site: 'https://c.example' })).toEqual({ site: 'https://c.example', base: '/cli/' });
      expect(await loadSiteSettings({ dataDir: join(dir, 'empty'), cwd: join(dir, 'empty') })).toEqual({ base: '/' });
    });
  });
});
