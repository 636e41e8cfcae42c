/**
 * The static paths of the pages Astro builds per locale (Starlight builds the guides): home,
 * state reference, and in each language's main locale the order list, its filter views and
 * the order pages it holds (order-locales.ts; only the orders BDC_SITE_ORDER_PAGES names when
 * it is set: an incremental build). French, the root, has its own files under src/pages/;
 * every other locale goes through src/pages/[locale]/[...page].astro.
 */
import { LIST_VIEWS } from '../domain/visibility.ts';
import { localeByKey, siteLocales } from './locales.ts';
import { holdsOrderPage } from './order-locales.ts';
import { homePath, pathOf, type PageRef } from './routes.ts';
import { getSiteData } from './site-data.ts';
import { orderPagesOnly } from './site-env.ts';
import type { SiteLocale } from './site-locales.ts';

/** A type, not an interface: Astro's `GetStaticPaths` wants props with an index signature. */
export type PageProps = {
  readonly localeKey: string;
  readonly page: PageRef;
};

/** Every page of one locale that is not a guide. */
async function pagesOf(locale: SiteLocale): Promise<PageRef[]> {
  const pages: PageRef[] = [{ kind: 'home' }, { kind: 'statuses' }];
  if (!locale.main) return pages;
  pages.push({ kind: 'list', page: 'default' }, ...LIST_VIEWS.map((view): PageRef => ({ kind: 'list', page: view })));
  const { orders } = await getSiteData();
  const only = orderPagesOnly();
  for (const order of orders) {
    if (holdsOrderPage(locale, order) && (only === undefined || only.has(order.orderId))) pages.push({ kind: 'order', orderId: order.orderId });
  }
  return pages;
}

/** The route parameter of a page: its path below the locale's home, without slashes around. */
function below(locale: SiteLocale, page: PageRef, strip: string): string | undefined {
  const rest = pathOf(locale, page).slice(strip.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/** `src/pages/commandes/[page].astro`: the French filter views and order pages. */
export async function rootOrderPagePaths(): Promise<{ params: { page: string }; props: PageProps }[]> {
  const { locales } = await siteLocales();
  const root = localeByKey(locales, 'root');
  const strip = pathOf(root, { kind: 'list', page: 'default' });
  return (await pagesOf(root))
    .filter((page) => page.kind === 'order' || (page.kind === 'list' && page.page !== 'default'))
    .map((page) => ({ params: { page: below(root, page, strip) ?? '' }, props: { localeKey: 'root', page } }));
}

/** `src/pages/[locale]/[...page].astro`: every page of every locale but the root. */
export async function localePagePaths(): Promise<{ params: { locale: string; page: string | undefined }; props: PageProps }[]> {
  const { locales } = await siteLocales();
  const paths: { params: { locale: string; page: string | undefined }; props: PageProps }[] = [];
  for (const locale of locales.filter((entry) => entry.prefix !== '')) {
    for (const page of await pagesOf(locale)) {
      paths.push({ params: { locale: locale.prefix, page: below(locale, page, homePath(locale)) }, props: { localeKey: locale.key, page } });
    }
  }
  return paths;
}
