/**
 * Writes the site's Pagefind search index as `bundleCount` bundles (search-bundles.ts), one
 * indexer process after the other so that only one bundle's pages are held in memory at once.
 * Pages are indexed as Starlight's own step would: only pages whose `<main>` carries
 * `data-pagefind-body` (Pagefind leaves out the others as soon as one page has it); each
 * bundle holds its share of every language (the `lang` of the page's `<html>`). A language with
 * fewer pages than bundles (a regional variant with one guide) leaves some bundles without its
 * pages: those get a record of no real word in that language, so each bundle still has an index for
 * every language and a page's search box never falls back to another language's results.
 */
import { link, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { removeOnInterrupt } from '../../io/remove-on-interrupt.ts';
import { inBatches } from '../../pipeline/cache/link-files.ts';
import { htmlFiles } from '../html-files.ts';
import { bundlePages, searchBundleFolder } from './search-bundles.ts';

const SEARCHABLE = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;
const LANGUAGE = /<html\b[^>]*\slang="([^"]*)"/;

interface SearchablePage {
  readonly file: string;
  readonly language: string;
}

/** Files read or linked at once: the file system's latency overlaps. */
const FILES_AT_ONCE = 32;

async function searchablePages(siteDir: string): Promise<SearchablePage[]> {
  const files = await htmlFiles(siteDir);
  const found: (SearchablePage | undefined)[] = Array.from({ length: files.length });
  await inBatches([...files.keys()], FILES_AT_ONCE, async (index) => {
    const file = files[index] ?? '';
    const html = await readFile(file, 'utf8');
    if (SEARCHABLE.test(html)) found[index] = { file, language: LANGUAGE.exec(html)?.[1] ?? '' };
  });
  // In the files' (sorted) order.
  return found.filter((page) => page !== undefined);
}

function checked<T extends { readonly errors: readonly string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * One bundle: its pages are hard-linked, at the same paths, into a folder beside the site, and
 * Pagefind indexes that folder as it would the site (its own walk is in a stable order, so the
 * same pages give the same bytes).
 */
async function writeBundle(siteDir: string, pages: readonly string[], folder: string, missingLanguages: readonly string[]): Promise<void> {
  const staging = await mkdtemp(join(dirname(siteDir), '.bdc-search-'));
  const forgetStaging = removeOnInterrupt(staging);
  try {
    const staged = (page: string): string => join(staging, relative(siteDir, page));
    const folders = [...new Set(pages.map((page) => dirname(staged(page))))];
    // Their parents first (a few: /commandes/, /en/orders/…), then the pages' own folders at once.
    for (const parent of [...new Set(folders.map((folder) => dirname(folder)))].sort()) await mkdir(parent, { recursive: true });
    await inBatches(folders, FILES_AT_ONCE, (folder) => mkdir(folder, { recursive: true }));
    await inBatches(pages, FILES_AT_ONCE, (page) => link(page, staged(page)));
    const { index } = checked(await pagefind.createIndex(), 'start');
    if (index === undefined) throw new Error('Pagefind returned no index');
    checked(await index.addDirectory({ path: staging }), `index ${folder}/`);
    // Pagefind writes no index for a language without a word: the record holds one, `_`, which
    // no real query is (Pagefind keeps `_` as a word character); it only gives the language an
    // index in this bundle.
    for (const language of missingLanguages) checked(await index.addCustomRecord({ url: '/', content: '_', language }), `index ${folder}/ (${language})`);
    checked(await index.writeFiles({ outputPath: join(siteDir, folder) }), `write ${folder}/`);
  } finally {
    // Each bundle in its own indexer process: closing it hands its memory back.
    await pagefind.close();
    forgetStaging();
    await rm(staging, { recursive: true, force: true });
  }
}

export async function indexSiteInBundles(dir: URL, bundleCount: number, logger?: AstroIntegrationLogger): Promise<void> {
  const siteDir = fileURLToPath(dir);
  const pages = await searchablePages(siteDir);
  const bundles = bundlePages(pages, (page) => page.language, bundleCount);
  const languages = [...new Set(pages.map((page) => page.language))].sort();
  const started = performance.now();
  for (const [index, bundle] of bundles.entries()) {
    const present = new Set(bundle.map((page) => page.language));
    try {
      await writeBundle(siteDir, bundle.map((page) => page.file), searchBundleFolder(index), languages.filter((language) => !present.has(language)));
    } catch (cause) {
      throw new Error(`Failed to build search bundle ${String(index + 1)} of ${String(bundleCount)}`, { cause });
    }
  }
  logger?.info(`Search index: ${String(pages.length)} pages in ${String(bundleCount)} bundle(s), ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
