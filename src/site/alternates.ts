/**
 * The translations of a page that exist: for `hreflang` alternates and the language switch.
 * A guide exists in the locales it is written in (not in Starlight's fallback copies); the
 * home page and the state reference in every locale; the order list in each language's main
 * locale; an order's page where order-locales.ts puts it.
 */
import type { SiteLocales } from './locales.ts';
import { orderPageLocales } from './order-locales.ts';
import { pageOf, pathOf, type PageRef } from './routes.ts';
import type { SiteLocale } from './site-locales.ts';
import type { Order } from '../domain/order.ts';

export interface Alternate {
  readonly locale: SiteLocale;
  /** The page's path in that locale, without base. */
  readonly path: string;
}

function localesOf(page: PageRef, site: Pick<SiteLocales, 'locales' | 'guides'>, order: Pick<Order, 'language'> | undefined): readonly SiteLocale[] {
  const { locales } = site;
  switch (page.kind) {
    case 'home':
    case 'statuses':
      return locales;
    case 'list':
      return locales.filter((locale) => locale.main);
    case 'order':
      return order === undefined ? [] : orderPageLocales(locales, order);
    case 'guide': {
      const written = site.guides.get(page.folder);
      return locales.filter((locale) => written?.has(locale.key) === true);
    }
  }
}

/**
 * The alternates of the page at `path` (without base) in `locale`, the page itself included,
 * in locale order; none for a path the site does not know. `findOrder` gives an order's language.
 */
export function pageAlternates(path: string, locale: SiteLocale, site: Pick<SiteLocales, 'locales' | 'guides'>, order?: Pick<Order, 'language'>): Alternate[] {
  const page = pageOf(path, locale);
  if (page === undefined) return [];
  return localesOf(page, site, order).map((other) => ({ locale: other, path: pathOf(other, page) }));
}

/** The orderId of an order page path, to look its language up. */
export function orderIdOf(path: string, locale: SiteLocale): number | undefined {
  const page = pageOf(path, locale);
  return page?.kind === 'order' ? page.orderId : undefined;
}
