/**
 * How the site's Pagefind search index is split into bundles. Pagefind's indexer keeps about
 * 160 KB per indexed page until it writes the index, whatever the page's text: 20,000 order
 * pages took 2.4–3 GiB in one process. The pages are therefore indexed in bundles of at most
 * `pagesPerBundle` pages, one indexer process after the other, and the search box merges the
 * bundles in the browser (Pagefind's multisite `mergeIndex`). The first bundle lives where
 * Starlight's search box looks for it (`pagefind/`), the others in `pagefind-2/`, `pagefind-3/`…
 *
 * The number of bundles is decided before the pages exist (the search box's settings are part
 * of every page), from an estimate: one page per order and language. Each bundle holds its
 * share of every language's pages: the search box looks in each bundle for the page's language.
 */

/** About 530 MiB of indexer memory per bundle (measured on the bench's order pages). */
export const DEFAULT_PAGES_PER_BUNDLE = 4000;

/** The orders a YAML file holds, estimated without parsing: its top-level `orderId` keys (at least one). */
export function estimatedOrders(yaml: string): number {
  return Math.max(1, yaml.match(/^orderId[ \t]*:/gm)?.length ?? 0);
}

export function searchBundleCount(estimatedPages: number, pagesPerBundle: number): number {
  if (!Number.isSafeInteger(pagesPerBundle) || pagesPerBundle < 1) throw new RangeError(`pages per search bundle must be a positive integer, got ${String(pagesPerBundle)}`);
  return Math.max(1, Math.ceil(estimatedPages / pagesPerBundle));
}

/** The folder of bundle `index` (0-based) in the built site. */
export function searchBundleFolder(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${String(index + 1)}`;
}

/**
 * The pages of each bundle: every language's pages (in the order given) cut into `parts`
 * consecutive runs whose lengths differ by at most one, bundle k taking run k of each language.
 */
export function bundlePages<T>(pages: readonly T[], languageOf: (page: T) => string, parts: number): T[][] {
  const byLanguage = new Map<string, T[]>();
  for (const page of pages) {
    const language = languageOf(page);
    const same = byLanguage.get(language) ?? [];
    same.push(page);
    byLanguage.set(language, same);
  }
  const bundles = Array.from({ length: parts }, (): T[] => []);
  for (const languagePages of byLanguage.values()) {
    splitEvenly(languagePages, parts).forEach((run, part) => {
      for (const page of run) bundles[part]?.push(page);
    });
  }
  return bundles;
}

/** `items` cut into `parts` consecutive runs whose lengths differ by at most one. */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, part) => items.slice(Math.floor((part * items.length) / parts), Math.floor(((part + 1) * items.length) / parts)));
}
