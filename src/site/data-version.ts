/**
 * A counter shared, through globalThis, by the dev-server watcher (loaded with the Astro
 * config) and the pages (loaded by Vite): both run in one process but load separate module
 * copies. It changes when a data file changes, so cached site data is read again.
 */
const KEY = Symbol.for('bdc.site.dataVersion');

interface VersionHolder {
  [KEY]?: number;
}

export function dataVersion(): number {
  return (globalThis as VersionHolder)[KEY] ?? 0;
}

export function bumpDataVersion(): void {
  const holder = globalThis as VersionHolder;
  holder[KEY] = (holder[KEY] ?? 0) + 1;
}
