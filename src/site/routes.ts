/**
 * Every URL of the site, per locale (site-locales.ts), and the mapping the language switch and
 * the hreflang alternates use. French is the root locale; another locale lives under its
 * prefix (/en/, /de/, /fr-ca/…), with French slugs for a French locale and English ones
 * elsewhere. Order forms and withdrawal summaries produced by the render step are plain files
 * under /orders/ (no Astro route lives there). Paths here are without the deployment base.
 */
import type { ListView } from '../domain/visibility.ts';
import type { SiteLocale } from './site-locales.ts';

/** The order list pages: the default (non-expired orders) and the Manager's four filters. */
export type ListPage = 'default' | ListView;
export const LIST_PAGES: readonly ListPage[] = ['default', 'running', 'all', 'completed', 'expired'];

/** What routes need of a locale. */
export type RouteLocale = Pick<SiteLocale, 'prefix' | 'slugs'>;

const WORDS = {
  fr: { list: 'commandes', statuses: 'etats-des-commandes', views: { running: 'en-cours', all: 'toutes', completed: 'terminees', expired: 'expirees' } },
  en: { list: 'orders', statuses: 'order-statuses', views: { running: 'running', all: 'all', completed: 'completed', expired: 'expired' } },
} as const satisfies Record<RouteLocale['slugs'], { list: string; statuses: string; views: Record<ListView, string> }>;

/** One page of the site, whatever its locale. */
export type PageRef =
  | { readonly kind: 'home' }
  | { readonly kind: 'statuses' }
  | { readonly kind: 'list'; readonly page: ListPage }
  | { readonly kind: 'order'; readonly orderId: number }
  | { readonly kind: 'guide'; readonly folder: string };

export function homePath(locale: RouteLocale): string {
  return locale.prefix === '' ? '/' : `/${locale.prefix}/`;
}

function listRoot(locale: RouteLocale): string {
  return `${homePath(locale)}${WORDS[locale.slugs].list}/`;
}

export function listPath(locale: RouteLocale, page: ListPage): string {
  return page === 'default' ? listRoot(locale) : `${listRoot(locale)}${WORDS[locale.slugs].views[page]}/`;
}

/** The route segment of a filter page (`en-cours`, `running`…). */
export function listSlug(locale: RouteLocale, view: ListView): string {
  return WORDS[locale.slugs].views[view];
}

export function orderPath(locale: RouteLocale, orderId: number): string {
  return `${listRoot(locale)}${orderId}/`;
}

export function statusesPath(locale: RouteLocale): string {
  return `${homePath(locale)}${WORDS[locale.slugs].statuses}/`;
}

export function guidePath(locale: RouteLocale, folder: string): string {
  return `${homePath(locale)}guides/${folder}/`;
}

/** The path of a page in a locale. */
export function pathOf(locale: RouteLocale, page: PageRef): string {
  switch (page.kind) {
    case 'home':
      return homePath(locale);
    case 'statuses':
      return statusesPath(locale);
    case 'list':
      return listPath(locale, page.page);
    case 'order':
      return orderPath(locale, page.orderId);
    case 'guide':
      return guidePath(locale, page.folder);
  }
}

/** Which page a path of a locale is; undefined for a path the site does not know. */
export function pageOf(path: string, locale: RouteLocale): PageRef | undefined {
  const home = homePath(locale);
  if (path === home) return { kind: 'home' };
  if (!path.startsWith(home)) return undefined;
  const rest = path.slice(home.length).replace(/\/$/, '');
  const words = WORDS[locale.slugs];
  if (rest === words.statuses) return { kind: 'statuses' };
  if (rest === words.list) return { kind: 'list', page: 'default' };
  const guide = /^guides\/([^/]+)$/.exec(rest)?.[1];
  if (guide !== undefined) return { kind: 'guide', folder: guide };
  const below = rest.startsWith(`${words.list}/`) ? rest.slice(words.list.length + 1) : undefined;
  if (below === undefined) return undefined;
  if (/^\d{1,16}$/.test(below)) return { kind: 'order', orderId: Number(below) };
  const view = (Object.keys(words.views) as ListView[]).find((key) => words.views[key] === below);
  return view === undefined ? undefined : { kind: 'list', page: view };
}

/** The same page in another locale (without base). Unknown paths go to that locale's home page. */
export function translatePath(path: string, from: RouteLocale, to: RouteLocale): string {
  const page = pageOf(path, from);
  return page === undefined ? homePath(to) : pathOf(to, page);
}

/** Files written by the render step next to the site. */
export function orderFormPath(orderId: number, format: 'html' | 'pdf'): string {
  return `/orders/${orderId}.${format}`;
}

export function withdrawalSummaryPath(orderId: number, format: 'html' | 'pdf'): string {
  return `/orders/${orderId}-withdrawal.${format}`;
}

/** Prefixes a site path with the deployment base (`/` or `/help/`). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** A page path without the deployment base: `/help/commandes/` → `/commandes/`. */
export function withoutBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix !== '' && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}
