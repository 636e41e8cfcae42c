/**
 * An incremental site build's last steps, over a copy of the previous site: the partial
 * build's pages and assets replace theirs (but its sitemap, which lists only the pages it
 * built), and the search index is written again over the whole site.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexSiteInBundles } from '../site/search/index-site-in-bundles.ts';

const SEARCH_BUNDLE = /^pagefind(-\d+)?$/;
const SITEMAP = /^sitemap-[^/\\]*\.xml$/;

/** Moves every file of `partialDir` into `siteDir` (a copy of the previous site), then indexes it. */
export async function overlaySite(partialDir: string, siteDir: string, searchBundles: number): Promise<void> {
  for (const name of await readdir(siteDir)) {
    if (SEARCH_BUNDLE.test(name)) await rm(join(siteDir, name), { recursive: true, force: true });
  }
  const entries = await readdir(partialDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const path = relative(partialDir, from);
    if (!path.includes(sep) && SITEMAP.test(path)) continue;
    const to = join(siteDir, path);
    await mkdir(dirname(to), { recursive: true });
    // A rename replaces the previous file's name: a file linked from the cache is not written through.
    await rename(from, to);
  }
  await indexSiteInBundles(pathToFileURL(`${siteDir}${sep}`), searchBundles);
}
