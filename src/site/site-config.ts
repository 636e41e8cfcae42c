/**
 * Where the site is published and what it is called: `site` (its URL), `base` (the path it
 * is served under, e.g. /docs/ on GitHub Pages) and `title` (the help centre's title). From
 * `bdc build --site URL --base /PATH/`, else a small config file `bdc.config.yaml` (or .yml,
 * .json) in the data folder, else in the working folder. `validateSiteConfig` is pure; a
 * mistake is a SiteConfigError saying what was found, what was expected, where, and a hint.
 */
import { readFile, open } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';

export interface SiteSettings {
  /** The site's absolute URL (canonical links, hreflang alternates, sitemap); none: relative links only. */
  readonly site?: string;
  /** The path the site is served under, starting and ending with `/`. */
  readonly base: string;
  /** The help centre's title in every language; none: the site's own words per language. */
  readonly title?: string;
}

export const SITE_CONFIG_FILES = ['bdc.config.yaml', 'bdc.config.yml', 'bdc.config.json'] as const;
const MAX_CONFIG_BYTES = 64 * 1024;

export class SiteConfigError extends Error {
  override readonly name = 'SiteConfigError';
  readonly hint: string;

  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.hint = hint;
  }
}

const SITE_HINT = 'the site URL is absolute, like https://example.github.io or https://help.example.com';
const BASE_HINT = 'the base is a path like /docs/ (or / for the root of the host)';

function quoted(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** The site URL, checked: http(s), no query or fragment; a trailing slash is dropped. */
export function checkSiteUrl(value: string, where: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new SiteConfigError(`${where}: expected an absolute http(s) URL without query or fragment, received ${quoted(value)}`, SITE_HINT);
  }
  return url.href.replace(/\/$/, '');
}

/** The base path, checked and normalised: `docs`, `/docs` and `/docs/` all give `/docs/`. */
export function checkBase(value: string, where: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  const segments = trimmed === '' ? [] : trimmed.split('/');
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..')) {
    throw new SiteConfigError(`${where}: expected a path of plain segments (letters, digits, . _ ~ -), received ${quoted(value)}`, BASE_HINT);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

const configSchema = z.strictObject({
  /** The site's absolute URL. */
  site: z.string().optional(),
  /** The path the site is served under. */
  base: z.string().optional(),
  /** The help centre's title. */
  title: z.string().min(1).max(200).optional(),
});

/** Checks a parsed config file's content. Pure. */
export function validateSiteConfig(data: unknown, file: string): Partial<SiteSettings> {
  const result = configSchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new SiteConfigError(`${file}: the site configuration is not valid: ${problems}`, 'the file holds a mapping with only these optional keys: site (a URL), base (a path like /docs/), title (text)');
  }
  const { site, base, title } = result.data;
  return {
    ...(site === undefined ? {} : { site: checkSiteUrl(site, `${file}: site`) }),
    ...(base === undefined ? {} : { base: checkBase(base, `${file}: base`) }),
    ...(title === undefined ? {} : { title }),
  };
}

/** Parses a config file's text (YAML core schema, no aliases, unique keys; or JSON). Pure. */
export function parseSiteConfig(text: string, file: string): Partial<SiteSettings> {
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      throw new SiteConfigError(`${file}: not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`, 'fix the JSON syntax', { cause });
    }
    return validateSiteConfig(data, file);
  }
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const first = document.errors[0];
  if (first !== undefined) {
    const line = first.linePos?.[0];
    throw new SiteConfigError(`${file}${line === undefined ? '' : `:${String(line.line)}:${String(line.col)}`}: not valid YAML: ${first.message.split('\n')[0] ?? ''}`, 'fix the YAML syntax');
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (cause) {
    throw new SiteConfigError(`${file}: not a plain YAML mapping: ${cause instanceof Error ? cause.message : String(cause)}`, 'write the values out; aliases (*name) are not read', { cause });
  }
  return validateSiteConfig(data, file);
}

async function readSmall(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cause;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_CONFIG_BYTES) throw new SiteConfigError(`${path}: not a regular file of at most 64 KiB`, 'keep the site configuration small: site, base, title');
  } finally {
    await handle.close();
  }
  return readFile(path, 'utf8');
}

/** The first config file found: in the data folder, then in the working folder. */
export async function findSiteConfig(folders: readonly string[], cwd: string): Promise<Partial<SiteSettings>> {
  for (const folder of folders) {
    for (const name of SITE_CONFIG_FILES) {
      const path = join(folder, name);
      const text = await readSmall(path);
      if (text !== undefined) return parseSiteConfig(text, relative(cwd, path) || name);
    }
  }
  return {};
}

/** The site settings of a build: command-line values over the config file's. */
export async function loadSiteSettings(options: { readonly dataDir: string; readonly cwd: string; readonly site?: string | undefined; readonly base?: string | undefined }): Promise<SiteSettings> {
  const file = await findSiteConfig([options.dataDir, options.cwd], options.cwd);
  const site = options.site === undefined ? file.site : checkSiteUrl(options.site, '--site');
  const base = options.base === undefined ? (file.base ?? '/') : checkBase(options.base, '--base');
  return { ...(site === undefined ? {} : { site }), base, ...(file.title === undefined ? {} : { title: file.title }) };
}
