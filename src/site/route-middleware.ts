/**
 * Starlight route middleware: puts the "My orders" group (order list, status reference) at the
 * top of every page's sidebar, in the page's language, marking the current page; escapes the
 * text of the page's <head> entries (escape-head.ts: Starlight writes them as raw HTML).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHeadText } from './escape-head.ts';
import { languageOf } from './page-language.ts';
import { listPath, statusesPath, withBase } from './routes.ts';
import { siteText } from './i18n/site-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  escapeHeadText(route.head);
  const lang = languageOf(route.lang);
  const text = siteText(lang);
  const base = import.meta.env.BASE_URL;
  const here = context.url.pathname;
  const link = (label: string, path: string, section: string) => {
    const href = withBase(base, path);
    return { type: 'link' as const, label, href, isCurrent: here === href || (section !== '' && here.startsWith(section) && here !== withBase(base, statusesPath(lang))), badge: undefined, attrs: {} };
  };
  route.sidebar.unshift({
    type: 'group',
    label: text.nav.group,
    collapsed: false,
    badge: undefined,
    entries: [link(text.nav.orders, listPath(lang, 'default'), withBase(base, listPath(lang, 'default'))), link(text.nav.statuses, statusesPath(lang), '')],
  });
});
