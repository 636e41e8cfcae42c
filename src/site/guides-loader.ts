/**
 * Astro content loader feeding Starlight's `docs` collection with the guides of
 * `BDC_GUIDES_DIR` (ovh/docs layout). Entry ids: `guides/<folder>` (French, the root locale)
 * and `en/guides/<folder>`, so a guide's translations share a path and Starlight's language
 * switch and missing-translation fallback (with its notice) work. A guide with no French file
 * is published in French from its English text with a notice banner.
 * Images named `bdc:<name>` become live illustrations built from the site's orders.
 * Guides and images are read and checked like orders (guide-source.ts, render-guide.ts); a
 * guide with an error stops the build with its findings (`bdc build` reports them earlier, in
 * its pre-flight: check-guides.ts). In dev the guides and data folders are watched and the
 * collection reloaded on change; a broken guide is then logged and skipped instead of
 * stopping the server.
 */
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Language } from '../domain/enums.ts';
import { hasErrors, type Diagnostic } from '../input/diagnostic.ts';
import { guideFindingsText } from './check-guides.ts';
import { findGuideFiles, type GuideFile } from './guide-files.ts';
import { updatedDate } from './guide-front-matter.ts';
import { followSymlinksFromEnv, guideReadPolicy, type GuideReadPolicy } from './guide-read-policy.ts';
import { readGuideSource } from './guide-source.ts';
import { renderGuide } from './render-guide.ts';
import { liveExamples } from './live/live-examples.ts';
import type { LiveExamples } from './markup/live-examples.ts';
import { dataDir, guidesDir } from './site-env.ts';
import { readSiteData } from './site-data.ts';

const FALLBACK_NOTICE: Readonly<Record<Language, string>> = {
  fr: 'Ce guide n’est pas encore traduit en français : vous lisez sa version anglaise.',
  en: 'This guide is not translated into English yet: you are reading its French version.',
  de: 'Diese Anleitung ist noch nicht ins Deutsche übersetzt: Sie lesen die französische Fassung.',
  es: 'Esta guía aún no está traducida al español: está leyendo su versión francesa.',
  it: 'Questa guida non è ancora tradotta in italiano: stai leggendo la versione francese.',
  pl: 'Ten przewodnik nie został jeszcze przetłumaczony na polski: czytasz jego wersję francuską.',
  pt: 'Este guia ainda não está traduzido para português: está a ler a versão francesa.',
};

function entryId(folder: string, lang: Language): string {
  return lang === 'fr' ? `guides/${folder}` : `en/guides/${folder}`;
}

type ExamplesFor = (lang: Language) => LiveExamples;

async function examplesLoader(base: string): Promise<ExamplesFor> {
  const data = await readSiteData();
  return (lang) => liveExamples(data.orders, lang, data.asOf, base);
}

/** A guide that cannot be published, with its findings as `bdc validate` prints them. */
export class GuideError extends Error {
  override readonly name = 'GuideError';
}

async function storeGuide(context: LoaderContext, file: GuideFile, asLang: Language, policy: GuideReadPolicy, root: string, examples: ExamplesFor): Promise<readonly Diagnostic[]> {
  const read = await readGuideSource(file, policy);
  const source = read.source;
  if (source === undefined) throw new GuideError(guideFindingsText(read.diagnostics));
  const { front, text } = source;
  const rendering = await renderGuide(source, asLang, policy, examples(asLang));
  const rendered = rendering.rendered;
  if (rendered === undefined || hasErrors(rendering.diagnostics)) throw new GuideError(guideFindingsText(rendering.diagnostics));
  const id = entryId(file.folder, asLang);
  const updated = updatedDate(front);
  const raw: Record<string, unknown> = {
    title: front.title,
    ...(front.excerpt === undefined ? {} : { description: front.excerpt }),
    sidebar: { ...(front.order === undefined ? {} : { order: front.order }), hidden: front.hidden === true },
    ...(updated === undefined ? {} : { lastUpdated: updated }),
    ...(file.lang === asLang ? {} : { banner: { content: FALLBACK_NOTICE[asLang] } }),
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
  const files = await findGuideFiles(dir);
  const examples = await examplesLoader(context.config.base);
  const hasFrench = new Set(files.filter((file) => file.lang === 'fr').map((file) => file.folder));
  for (const file of files) {
    const targets: Language[] = file.lang === 'en' && !hasFrench.has(file.folder) ? ['en', 'fr'] : [file.lang];
    for (const asLang of targets) {
      try {
        const warnings = await storeGuide(context, file, asLang, policy, root, examples);
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
