/**
 * What the cached outputs depend on besides each order: the tool (its code, templates, CSS,
 * fonts and locked dependency versions, and the browser that prints), and for the site
 * everything Astro reads (all orders, reference data, guides, the site's sources).
 */
import { realpath, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Temporal } from 'temporal-polyfill';
import { holidaysFileBeside } from '../../input/load-reference.ts';
import { hashPaths, sha256 } from './hash-tree.ts';

/** The installed tool's own folder (holding package.json, src/, templates/). */
export const TOOL_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything the documents are made from, besides the order and its reference entry. */
const DOCUMENT_INPUTS = [
  'package.json',
  'package-lock.json',
  'templates',
  'src/render',
  'src/domain',
  'src/input',
  'src/pipeline',
  'src/api',
  'src/errors.ts',
  'src/io',
];

/** Everything the site is made from, under the project root: all of src/ but the CLI and the build. */
const SITE_SOURCES = [
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  'public',
  'data/holidays.yaml',
  'src/content.config.ts',
  'src/pages',
  'src/layouts',
  'src/components',
  'src/styles',
  'src/site',
  'src/domain',
  'src/input',
  'src/render',
  'src/io',
];

export type BrowserIdentity = { readonly executablePath: string } | { readonly endpoint: string };

/** A local browser is known by its real path, size and date; a remote one by its endpoint. */
async function describeBrowser(browser: BrowserIdentity): Promise<string> {
  if ('endpoint' in browser) return `remote ${browser.endpoint}`;
  const path = await realpath(browser.executablePath);
  const info = await stat(path);
  return `local ${path} ${info.size} ${info.mtimeMs}`;
}

export async function toolFingerprint(browser: BrowserIdentity, root: string = TOOL_ROOT): Promise<string> {
  const hash = sha256().update('bdc documents v1\0');
  hash.update(`${await describeBrowser(browser)}\0`);
  await hashPaths(hash, root, DOCUMENT_INPUTS);
  return hash.digest('hex');
}

/** What every page of the site depends on, besides the orders. */
export interface SiteBaseInputs {
  /** Project root: astro.config.mjs and src/. */
  readonly root: string;
  readonly referenceFile: string;
  readonly guidesDir: string;
  readonly asOf: Temporal.Instant;
  /** How many pages each search index bundle takes at most (search/search-bundles.ts). */
  readonly searchPagesPerBundle: number;
  /** Where the site is published and its title: every page's links and head depend on them. */
  readonly settings: { readonly site?: string; readonly base: string; readonly title?: string };
}

/** The key of what the site depends on besides the orders: an order page depends on it and its order. */
export async function siteBaseKey(inputs: SiteBaseInputs): Promise<string> {
  const { site, base, title } = inputs.settings;
  const hash = sha256().update(`bdc site base v2\0${inputs.asOf.toString()}\0${String(inputs.searchPagesPerBundle)}\0${JSON.stringify([site ?? null, base, title ?? null])}\0`);
  await hashPaths(hash, inputs.referenceFile, ['.']);
  await hashPaths(hash, holidaysFileBeside(inputs.referenceFile), ['.']);
  await hashPaths(hash, inputs.guidesDir, ['.']);
  await hashPaths(hash, inputs.root, SITE_SOURCES);
  return hash.digest('hex');
}

/** The key of the whole site: its base key and every file under the data's `orders/`. */
export async function siteKey(baseKey: string, ordersDir: string): Promise<string> {
  const hash = sha256().update(`bdc site v3\0${baseKey}\0`);
  await hashPaths(hash, ordersDir, ['.']);
  return hash.digest('hex');
}
