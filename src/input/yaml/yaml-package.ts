/**
 * The `yaml` package (the exact parser), loaded on first use: only a file with a finding, or
 * reference data the fast parsers do not take, needs it, so a clean validation never loads it
 * (about 15 ms per thread). Under Node its `import` and its `require` are the same CommonJS
 * module (its package.json's "node" export), so code importing it elsewhere shares this one.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const load = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;

export function yamlPackage(): typeof Yaml {
  return (loaded ??= load('yaml') as typeof Yaml);
}
