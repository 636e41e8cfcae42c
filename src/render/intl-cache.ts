/**
 * One Intl formatter per locale and options for the whole process. Each formatter holds
 * native ICU memory that V8's heap accounting hardly sees: made afresh for every value (tens
 * of thousands in a large build) they pile up to hundreds of MiB before a collection.
 */
const formatters = new Map<string, object>();

export function cachedIntl<T extends object>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
