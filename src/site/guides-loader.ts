/**
 * Astro content loader feeding Starlight's `docs` collection with the guides of
 * `BDC_GUIDES_DIR` (ovh/docs layout), in every locale the site serves (locales.ts). Entry ids:
 * `guides/<folder>` (French, the root locale) and `<prefix>/guides/<folder>` (`en`, `de`,
 * `fr-ca`…), so a guide's translations share a path and Starlight's missing-translation
 * fallback (with its notice) works. A guide with no French file is published in French from
 * its English text (else its first locale's) with a notice banner.
 * Images named `bdc:<name>` become live illustrations built from the site's orders.
 * Guides and images are read and checked like orders (guide-source.ts, render-guide.ts); a
 * guide with an error stops the build with its findings (`bdc build` reports them earlier, in
 * its pre-flight: check-guides.ts). In dev the guides and data folders are watched and the
 * collection reloaded on change; a broken guide is then logged and skipped instead of
 * stopping the server.
 */
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasErrors, type Diagnostic } from '../input/diagnostic.ts';
import { guideFindingsText } from './check-guides.ts';
import type { GuideFile } from './guide-files.ts';
import { updatedDate } from './guide-front-matter.ts';
import { followSymlinksFromEnv, guideReadPolicy, type GuideReadPolicy } from './guide-read-policy.ts';
import { readGuideSource } from './guide-source.ts';
import { renderGuide } from './render-guide.ts';
import { liveExamples } from './live/live-examples.ts';
import { localeByKey, siteLocales } from './locales.ts';
import { listLocaleOf, orderLinkLocale } from './order-locales.ts';
import { listPath, orderPath, withBase } from './routes.ts';
import { unservedWarning, type SiteLocale } from './site-locales.ts';
import type { LiveExamples } from './markup/live-examples.ts';
import { dataDir, guidesDir } from './site-env.ts';
import { readSiteData } from './site-data.ts';

/** The banner of a French page published from another locale's text. */
function fallbackNotice(source: SiteLocale): string {
  return `Ce guide n’est pas encore traduit en français : vous lisez sa version d’origine (${source.label}).`;
}

function entryId(folder: string, locale: SiteLocale): string {
  return locale.prefix === '' ? `guides/${folder}` : `${locale.prefix}/guides/${folder}`;
}

type ExamplesFor = (locale: SiteLocale) => LiveExamples;

async function examplesLoader(base: string, locales: readonly SiteLocale[]): Promise<ExamplesFor> {
  const data = await readSiteData();
  const byId = new Map(data.orders.map((order) => [order.orderId, order]));
  return (locale) => {
    const order = (orderId: number): string => {
      const found = byId.get(orderId);
      return withBase(base, orderPath(found === undefined ? locale : orderLinkLocale(locales, locale, found), orderId));
    };
    const list = withBase(base, listPath(listLocaleOf(locales, locale), 'default'));
    return liveExamples(data.orders, locale.text, data.asOf, { base, list, order });
  };
}

/** A file as a message names it: from the project folder when inside it, else whole (an installed package's root is not the user's folder). */
function shownPath(root: string, file: string): string {
  const shown = relative(root, file);
  return shown.startsWith('..') ? file : shown;
}

/** A guide that cannot be published, with its findings as `bdc validate` prints them. */
export class GuideError extends Error {
  override readonly name = 'GuideError';
}

interface Publication {
  readonly file: GuideFile;
  /** The locale the file is written in. */
  readonly source: SiteLocale;
  /** The locale it is published in (the root locale for a stand-in). */
  readonly as: SiteLocale;
}

async function storeGuide(context: LoaderContext, { file, source: written, as }: Publication, policy: GuideReadPolicy, root: string, examples: ExamplesFor): Promise<readonly Diagnostic[]> {
  const read = await readGuideSource(file, policy);
  const source = read.source;
  if (source === undefined) throw new GuideError(guideFindingsText(read.diagnostics));
  const { front, text } = source;
  const rendering = await renderGuide(source, as.text, policy, examples(as), context.config.base);
  const rendered = rendering.rendered;
  if (rendered === undefined || hasErrors(rendering.diagnostics)) throw new GuideError(guideFindingsText(rendering.diagnostics));
  const id = entryId(file.folder, as);
  const updated = updatedDate(front);
  const raw: Record<string, unknown> = {
    title: front.title,
    ...(front.excerpt === undefined ? {} : { description: front.excerpt }),
    sidebar: { ...(front.order === undefined ? {} : { order: front.order }), hidden: front.hidden === true },
    ...(updated === undefined ? {} : { lastUpdated: updated }),
    ...(written === as ? {} : { banner: { content: fallbackNotice(written) } }),
    guide: { folder: file.folder, locale: file.locale, slug: front.slug ?? file.folder, section: front.section ?? '', source: relative(root, file.path) },
  };
  const data = await context.parseData({ id, data: raw });
  context.store.set({
    id,
    data,
    body: source.content,
    // Starlight builds the sidebar from paths under its docs folder: give it the path the
    // entry would have there (the real file is in data.guide.source).
    filePath: `src/content/docs/${id}.md`,
    digest: context.generateDigest(text),
    rendered: { html: rendered.html, metadata: { headings: [...rendered.headings] } },
  });
  return rendering.diagnostics;
}

async function loadAll(context: LoaderContext, dir: string, root: string, tolerant: boolean): Promise<void> {
  context.store.clear();
  const policy = await guideReadPolicy(dir, { followSymlinks: followSymlinksFromEnv(), cwd: root });
  const { locales, files, guides, unserved } = await siteLocales();
  for (const entry of unserved) context.logger.warn(unservedWarning({ ...entry, file: shownPath(root, entry.file) }));
  const rootLocale = localeByKey(locales, 'root');
  const examples = await examplesLoader(context.config.base, locales);
  for (const { file, locale } of files) {
    const written = guides.get(file.folder) ?? new Set<string>();
    // No French text: the root page comes from the English file, else from the first one.
    const standIn = !written.has('root') && (locale.key === 'en' || (!written.has('en') && files.find((other) => other.file.folder === file.folder)?.file === file));
    const targets: SiteLocale[] = standIn ? [locale, rootLocale] : [locale];
    for (const as of targets) {
      try {
        const warnings = await storeGuide(context, { file, source: locale, as }, policy, root, examples);
        // `bdc build` printed the warnings in its pre-flight (check-guides.ts); the dev server has none.
        if (tolerant && warnings.length > 0) context.logger.warn(guideFindingsText(warnings));
      } catch (error) {
        if (!tolerant) throw error;
        context.logger.error(error instanceof Error ? error.message : String(error));
      }
    }
  }
}

export function guidesLoader(): Loader {
  return {
    name: 'bdc-guides-loader',
    load: async (context) => {
      const dir = guidesDir();
      const root = context.config.root.pathname;
      const { watcher } = context;
      await loadAll(context, dir, root, watcher !== undefined);
      if (watcher === undefined) return;
      const data = dataDir();
      watcher.add([dir, data]);
      const reload = (changed: string): void => {
        if (!changed.startsWith(dir) && !(changed.startsWith(data) && /\.ya?ml$/.test(changed))) return;
        void loadAll(context, dir, root, true);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}
