/**
 * The help centre's title per page language, for Starlight's `title` (keyed by BCP 47 tag).
 * A configured title (bdc.config: `title`) is used in every language; else the words below,
 * English for a language that has none.
 */
import type { Language } from '../domain/enums.ts';
import type { SiteLocale } from './site-locales.ts';

const TITLES: Readonly<Partial<Record<Language, string>>> & { readonly en: string } = {
  fr: 'Centre d’aide · Commandes',
  en: 'Help centre · Orders',
};

export function siteTitles(locales: readonly SiteLocale[], configured?: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale.htmlLang, configured ?? TITLES[locale.text] ?? TITLES.en]));
}
