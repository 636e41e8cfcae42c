/**
 * The site's locales for this build, planned once from the guide files of BDC_GUIDES_DIR and
 * the languages of the orders (site-locales.ts), with which guide exists in which locale. Read by astro.config.mjs (the
 * locales Starlight builds), the guide loader, the pages and the language switch.
 */
import { join } from 'node:path';
import { findGuideFiles, type GuideFile } from './guide-files.ts';
import { orderLanguages } from './order-languages.ts';
import { dataDir, guidesDir, referenceFile } from './site-env.ts';
import { planLocales, type LocalePlan, type SiteLocale } from './site-locales.ts';

export interface SiteLocales extends LocalePlan {
  /** The guide files of served locales, with their locale. */
  readonly files: readonly { readonly file: GuideFile; readonly locale: SiteLocale }[];
  /** Guide folder → keys of the locales it is written in. */
  readonly guides: ReadonlyMap<string, ReadonlySet<string>>;
}

export async function readSiteLocales(dir: string = guidesDir(), languages?: readonly string[]): Promise<SiteLocales> {
  const found = await findGuideFiles(dir);
  const ofOrders = languages ?? (await orderLanguages(join(dataDir(), 'orders'), referenceFile()));
  const plan = planLocales(found.map((file) => ({ code: file.locale, file: file.path })), ofOrders);
  const byCode = new Map(plan.locales.map((locale) => [locale.code, locale]));
  const files: { file: GuideFile; locale: SiteLocale }[] = [];
  const guides = new Map<string, Set<string>>();
  for (const file of found) {
    const locale = byCode.get(file.locale);
    if (locale === undefined) continue;
    files.push({ file, locale });
    const keys = guides.get(file.folder) ?? new Set<string>();
    keys.add(locale.key);
    guides.set(file.folder, keys);
  }
  return { ...plan, files, guides };
}

let cached: Promise<SiteLocales> | undefined;

/** This build's locales (read once per process). */
export function siteLocales(): Promise<SiteLocales> {
  cached ??= readSiteLocales();
  return cached;
}

/** The locale of a Starlight locale key (`undefined` or `root` is French). */
export function localeByKey(locales: readonly SiteLocale[], key: string | undefined): SiteLocale {
  const wanted = key ?? 'root';
  const found = locales.find((locale) => locale.key === wanted) ?? locales[0];
  if (found === undefined) throw new Error('the site has no locale');
  return found;
}
