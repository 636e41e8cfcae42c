/**
 * Starlight route middleware: puts the "My orders" group (order list, status reference) at the
 * top of every page's sidebar, in the page's language, marking the current page; and replaces
 * Starlight's hreflang alternates (one per locale, pointing at the same path, which for a page
 * with a translated slug or an untranslated guide does not exist) by the translations that do
 * exist (alternates.ts); escapes the text of the page's <head> entries (escape-head.ts: Starlight
 * writes them as raw HTML).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHeadText } from './escape-head.ts';
import { orderIdOf, pageAlternates } from './alternates.ts';
import { siteText } from './i18n/site-text.ts';
import { localeByKey, siteLocales } from './locales.ts';
import { listLocaleOf } from './order-locales.ts';
import { listPath, statusesPath, withBase, withoutBase } from './routes.ts';
import { findOrder } from './site-data.ts';
import { sitePhase } from './site-phases.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  sitePhase('site: page rendering');
  const route = context.locals.starlightRoute;
  escapeHeadText(route.head);
  const site = await siteLocales();
  const locale = localeByKey(site.locales, route.locale);
  const text = siteText(locale.text);
  const base = import.meta.env.BASE_URL;
  const here = context.url.pathname;
  const lists = listLocaleOf(site.locales, locale);
  const link = (label: string, path: string, section: string) => {
    const href = withBase(base, path);
    return { type: 'link' as const, label, href, isCurrent: here === href || (section !== '' && here.startsWith(section) && here !== withBase(base, statusesPath(locale))), badge: undefined, attrs: {} };
  };
  route.sidebar.unshift({
    type: 'group',
    label: text.nav.group,
    collapsed: false,
    badge: undefined,
    entries: [link(text.nav.orders, listPath(lists, 'default'), withBase(base, listPath(lists, 'default'))), link(text.nav.statuses, statusesPath(locale), '')],
  });

  const path = withoutBase(base, here);
  const orderId = orderIdOf(path, locale);
  const order = orderId === undefined ? undefined : await findOrder(orderId);
  const alternates = pageAlternates(path, locale, site, order);
  route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.['rel'] === 'alternate' && entry.attrs['hreflang'] !== undefined));
  if (alternates.length < 2) return;
  const absolute = (path: string): string => {
    const href = withBase(base, path);
    return context.site === undefined ? href : new URL(href, context.site).href;
  };
  for (const alternate of alternates) {
    route.head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: alternate.locale.htmlLang, href: absolute(alternate.path) }, content: '' });
  }
  // The French page (the root) for a language with no page of its own, when there is one.
  const fallback = alternates.find((alternate) => alternate.locale.key === 'root');
  if (fallback !== undefined) route.head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: absolute(fallback.path) }, content: '' });
});
