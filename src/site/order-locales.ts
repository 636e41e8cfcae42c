/**
 * Which locales hold which order pages (pure). Order lists and order pages live in the main
 * locale of each language only (regional variants link to their language's); an order's page
 * exists in French (the root), in English, and in the main locale of its own language, so the
 * pages stay at most three per order whatever the number of locales.
 */
import type { Order } from '../domain/order.ts';
import { mainLocaleOf, type SiteLocale } from './site-locales.ts';

/** True when this locale builds the page of this order. */
export function holdsOrderPage(locale: SiteLocale, order: Pick<Order, 'language'>): boolean {
  return locale.main && (locale.key === 'root' || locale.key === 'en' || locale.language === order.language);
}

/** The locales in which an order has a page. */
export function orderPageLocales(locales: readonly SiteLocale[], order: Pick<Order, 'language'>): SiteLocale[] {
  return locales.filter((locale) => holdsOrderPage(locale, order));
}

/** Where a page of a locale shows its order list and statuses: itself, or its language's main locale. */
export function listLocaleOf(locales: readonly SiteLocale[], locale: SiteLocale): SiteLocale {
  return locale.main ? locale : (mainLocaleOf(locales, locale.language) ?? locale);
}

/** The page of an order a link from a page of `from` goes to: in that language when it exists, else English. */
export function orderLinkLocale(locales: readonly SiteLocale[], from: SiteLocale, order: Pick<Order, 'language'>): SiteLocale {
  const candidates = [from, listLocaleOf(locales, from), ...locales.filter((locale) => locale.key === 'en')];
  return candidates.find((locale) => holdsOrderPage(locale, order)) ?? from;
}
