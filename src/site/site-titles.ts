/**
 * The help centre's title per page language, for Starlight's `title` (keyed by BCP 47 tag).
 * A configured title (bdc.config: `title`) is used in every language; else the words below.
 */
import type { Language } from '../domain/enums.ts';
import type { SiteLocale } from './site-locales.ts';

const TITLES: Readonly<Record<Language, string>> = {
  fr: 'Centre d’aide · Commandes',
  en: 'Help centre · Orders',
  de: 'Hilfecenter · Bestellungen',
  es: 'Centro de ayuda · Pedidos',
  it: 'Centro assistenza · Ordini',
  pl: 'Centrum pomocy · Zamówienia',
  pt: 'Centro de ajuda · Encomendas',
};

export function siteTitles(locales: readonly SiteLocale[], configured?: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale.htmlLang, configured ?? TITLES[locale.text]]));
}
