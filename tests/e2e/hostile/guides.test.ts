/**
 * Issue 14, guide side, end to end through `bdc build`: a hostile guide title is text in a real
 * browser (and a script that broke out anyway would not run under the site's CSP); guides and
 * images linked to a secret outside the data folder are refused and the secret is in no output;
 * a guide that is a named pipe is reported at once instead of hanging the build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../../src/site/csp.ts';
import { SHIPPED_INLINE_SCRIPTS } from '../../../src/site/csp-allowlist.ts';
import { launchBrowser } from '../site/browser.ts';
import { searchFor } from '../site/search-box.ts';
import { serveStatic, type StaticServer } from '../site/static-server.ts';
import { filesUnder, ROOT, spawnBdc, tempFolder } from '../faults/support.ts';

const AS_OF = '2026-03-10T00:00:00Z';
const SECRET = 'BDC-SECRET-7d1e0c';
const PAYLOAD = "<script>window.bdcPwned = 1; document.title = 'PWNED'</script>";
const TITLE = `T </title>${PAYLOAD}<title>`;

const folders: string[] = [];

/** A data folder with the shipped reference data, one order and the shipped guide. */
async function dataFolder(name: string): Promise<{ folder: string; data: string; guides: string }> {
  const folder = await tempFolder(`guides-${name}`);
  folders.push(folder);
  const data = join(folder, 'data');
  mkdirSync(join(data, 'orders'), { recursive: true });
  cpSync(join(ROOT, 'data', 'subsidiaries.yaml'), join(data, 'subsidiaries.yaml'));
  cpSync(join(ROOT, 'data', 'orders', 'unpaid-expired-it.yaml'), join(data, 'orders', 'unpaid-expired-it.yaml'));
  cpSync(join(ROOT, 'data', 'guides'), join(data, 'guides'), { recursive: true });
  return { folder, data, guides: join(data, 'guides') };
}

async function build(data: string, out: string, extra: readonly string[] = []): Promise<{ code: number | null; stderr: string }> {
  const child = spawnBdc(['build', '--data', data, '--out', out, '--no-cache', '--as-of', AS_OF, ...extra]);
  const code = await child.exited;
  return { code, stderr: child.stderr() };
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a guide whose front matter tries to break out of the page', () => {
  let dist = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const { folder, data, guides } = await dataFolder('title');
    mkdirSync(join(guides, 'evil'));
    const front = [`title: ${JSON.stringify(TITLE)}`, `excerpt: ${JSON.stringify(`"><${PAYLOAD}`)}`, `section: ${JSON.stringify(PAYLOAD)}`];
    writeFileSync(join(guides, 'evil', 'guide.fr-fr.md'), `---\n${front.join('\n')}\n---\n# Evil\n\nBody.\n`);
    dist = join(folder, 'dist');
    const result = await build(data, dist);
    expect(result.code, result.stderr).toBe(0);
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(path: string): Promise<{ title: string; h1: string[]; pwned: unknown; inlineScripts: string[] }> {
    if (browser === undefined || server === undefined) throw new Error('not set up');
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      return await page.evaluate(() => ({
        title: document.title,
        h1: [...document.querySelectorAll('h1')].map((h1) => h1.textContent),
        pwned: (window as { bdcPwned?: unknown }).bdcPwned,
        inlineScripts: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent),
      }));
    } finally {
      await page.close();
    }
  }

  it('shows the title as text in the browser: the script is no element and does not run', async () => {
    const seen = await visit('/guides/evil/');
    expect(seen.pwned).toBeUndefined();
    expect(seen.title).toBe(`${TITLE} | Centre d’aide · Commandes`);
    expect(seen.h1).toContain(TITLE);
    expect(seen.inlineScripts.some((text) => text.includes('bdcPwned'))).toBe(false);
    const home = await visit('/');
    expect(home.pwned).toBeUndefined();
  });

  it('would not run the script even if it broke out: the CSP allows only the site’s own scripts', async () => {
    // The page as it was before the title was escaped: the script is a real element.
    const built = readFileSync(join(dist, 'guides', 'evil', 'index.html'), 'utf8');
    const broken = built.replace(/<title>[^<]*<\/title>/, `<title>${TITLE}</title>`);
    expect(broken).toContain(PAYLOAD);
    writeFileSync(join(dist, 'guides', 'evil', 'broken.html'), broken);
    const seen = await visit('/guides/evil/broken.html');
    expect(seen.inlineScripts.some((text) => text.includes('bdcPwned'))).toBe(true);
    expect(seen.pwned).toBeUndefined();
    expect(seen.title).not.toBe('PWNED');
  });

  it('shows the title as text in the search results too, and no script runs there', async () => {
    if (browser === undefined || server === undefined) throw new Error('not set up');
    // Met only once the result shows the payload as text while the page's script never ran.
    const shownAsText = `links.some((link) => link.startsWith('/guides/evil/'))
      && [...document.querySelectorAll('.pagefind-ui__result-title')].some((title) => title.textContent.includes('window.bdcPwned'))
      && window.bdcPwned === undefined`;
    const { links } = await searchFor(browser, `${server.origin}/`, 'Evil', shownAsText);
    expect(links).toContain('/guides/evil/');
  });

  it('keeps the payload out of every page as markup: only inside attribute values, and no unknown script', () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html') && !file.endsWith('broken.html') && !file.startsWith('orders/'));
    expect(pages).toContain('guides/evil/index.html');
    for (const name of pages) {
      const html = readFileSync(join(dist, name), 'utf8');
      expect(inlineScriptHashes(html).every((hash) => SHIPPED_INLINE_SCRIPTS.has(hash)), name).toBe(true);
      // Starlight's og:title and descriptions quote it in attributes, where `<` is text.
      expect(html.replaceAll(/\s[a-z-]+="[^"]*"/g, ''), name).not.toContain('<script>window.bdcPwned');
    }
  });
});

describe('guides and images linked to a secret outside the data folder', () => {
  it('are refused with findings, nothing is written, and the secret is in no output', async () => {
    const { folder, data, guides } = await dataFolder('links');
    const secret = join(folder, 'secret.env');
    writeFileSync(secret, `---\ntitle: ${SECRET}\n---\nTOKEN=${SECRET}\n`);
    mkdirSync(join(guides, 'linked', 'images'), { recursive: true });
    symlinkSync(secret, join(guides, 'linked', 'guide.en-gb.md'));
    const withImages = join(guides, 'manage-orders', 'guide.fr-fr.md');
    mkdirSync(join(guides, 'manage-orders', 'images'));
    symlinkSync(secret, join(guides, 'manage-orders', 'images', 'secret.png'));
    symlinkSync('/etc/passwd', join(guides, 'manage-orders', 'images', 'passwd.png'));
    symlinkSync('/proc/self/environ', join(guides, 'manage-orders', 'images', 'environ.png'));
    symlinkSync('/dev/zero', join(guides, 'manage-orders', 'images', 'zero.png'));
    writeFileSync(withImages, `${readFileSync(withImages, 'utf8')}\n![s](images/secret.png) ![p](images/passwd.png) ![e](images/environ.png) ![z](images/zero.png)\n`);

    const out = join(folder, 'dist');
    const refused = await build(data, out);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('guides/linked/guide.en-gb.md:1:1: error GUIDE_OUTSIDE_DATA');
    expect(refused.stderr.match(/error GUIDE_IMAGE_OUTSIDE_DATA/g)).toHaveLength(4);
    expect(refused.stderr).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
    expect(refused.stderr).not.toContain(SECRET);

    // Followed on purpose, the links still bring no secret: no image type, no device read.
    const followed = await build(data, out, ['--follow-symlinks']);
    expect(followed.code, followed.stderr).toBe(1);
    expect(followed.stderr.match(/error GUIDE_IMAGE_TYPE/g)).toHaveLength(3);
    expect(followed.stderr).toContain('error GUIDE_IMAGE_NOT_REGULAR_FILE');
    expect(followed.stderr).not.toContain(SECRET);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a guide that is a named pipe', () => {
  it('is a finding, exit 1, instead of a build waiting for a writer forever', async () => {
    const { folder, data, guides } = await dataFolder('fifo');
    rmSync(join(guides, 'manage-orders', 'guide.en-gb.md'));
    execFileSync('mkfifo', [join(guides, 'manage-orders', 'guide.en-gb.md')]);
    const out = join(folder, 'dist');
    // No timing assertion: a hang would fail this test by its time limit.
    const result = await build(data, out);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('guides/manage-orders/guide.en-gb.md:1:1: error GUIDE_NOT_REGULAR_FILE');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
