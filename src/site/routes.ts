/**
 * Every URL of the site, per language, and the mapping the language switch uses. French is the
 * root locale; English lives under /en/. Order forms and withdrawal summaries produced by the
 * render step are plain files under /orders/ (no Astro route lives there).
 */
import type { Language } from '../domain/enums.ts';
import type { ListView } from '../domain/visibility.ts';

/** The order list pages: the default (non-expired orders) and the Manager's four filters. */
export type ListPage = 'default' | ListView;
export const LIST_PAGES: readonly ListPage[] = ['default', 'running', 'all', 'completed', 'expired'];

const LIST_ROOT: Readonly<Record<Language, string>> = {
  fr: '/commandes/',
  en: '/en/orders/',
  de: '/de/bestellungen/',
  es: '/es/pedidos/',
  it: '/it/ordini/',
  pl: '/pl/zamowienia/',
  pt: '/pt/encomendas/',
};
const LIST_SLUG: Readonly<Record<Language, Readonly<Record<ListView, string>>>> = {
  fr: { running: 'en-cours', all: 'toutes', completed: 'terminees', expired: 'expirees' },
  en: { running: 'running', all: 'all', completed: 'completed', expired: 'expired' },
  de: { running: 'laufend', all: 'alle', completed: 'abgeschlossen', expired: 'abgelaufen' },
  es: { running: 'en-curso', all: 'todos', completed: 'finalizados', expired: 'caducados' },
  it: { running: 'in-corso', all: 'tutti', completed: 'conclusi', expired: 'scaduti' },
  pl: { running: 'w-toku', all: 'wszystkie', completed: 'zakonczone', expired: 'wygasle' },
  pt: { running: 'em-curso', all: 'todas', completed: 'terminadas', expired: 'expiradas' },
};
const STATUSES_PATH: Readonly<Record<Language, string>> = {
  fr: '/etats-des-commandes/',
  en: '/en/order-statuses/',
  de: '/de/bestellstatus/',
  es: '/es/estados-de-los-pedidos/',
  it: '/it/stati-degli-ordini/',
  pl: '/pl/statusy-zamowien/',
  pt: '/pt/estados-das-encomendas/',
};

export function homePath(lang: Language): string {
  return lang === 'fr' ? '/' : '/en/';
}

export function listPath(lang: Language, page: ListPage): string {
  return page === 'default' ? LIST_ROOT[lang] : `${LIST_ROOT[lang]}${LIST_SLUG[lang][page]}/`;
}

/** The route parameter of a filter page (`en-cours`, `running`…). */
export function listSlug(lang: Language, view: ListView): string {
  return LIST_SLUG[lang][view];
}

export function orderPath(lang: Language, orderId: number): string {
  return `${LIST_ROOT[lang]}${orderId}/`;
}

export function statusesPath(lang: Language): string {
  return STATUSES_PATH[lang];
}

export function guidePath(lang: Language, folder: string): string {
  return lang === 'fr' ? `/guides/${folder}/` : `/en/guides/${folder}/`;
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

function otherLanguageOf(lang: Language): Language {
  return lang === 'fr' ? 'en' : 'fr';
}

/** The same page in the other language (without base). Unknown paths go to the other home page. */
export function translatePath(path: string, from: Language): string {
  const to = otherLanguageOf(from);
  if (path === homePath(from)) return homePath(to);
  if (path === STATUSES_PATH[from]) return STATUSES_PATH[to];
  if (path === LIST_ROOT[from]) return LIST_ROOT[to];
  const rest = path.startsWith(LIST_ROOT[from]) ? path.slice(LIST_ROOT[from].length).replace(/\/$/, '') : undefined;
  if (rest !== undefined) {
    if (/^\d+$/.test(rest)) return orderPath(to, Number(rest));
    const view = (Object.keys(LIST_SLUG[from]) as ListView[]).find((key) => LIST_SLUG[from][key] === rest);
    if (view !== undefined) return listPath(to, view);
  }
  const guide = /^(?:\/en)?\/guides\/([^/]+)\/$/.exec(path)?.[1];
  if (guide !== undefined) return guidePath(to, guide);
  return homePath(to);
}

/** A page path without the deployment base: `/help/commandes/` → `/commandes/`. */
export function withoutBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix !== '' && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}
