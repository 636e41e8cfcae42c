/**
 * zod, loaded on first use, and the input schemas built from it on first use: a well-formed
 * order, reference file or holidays file is checked without it (`*-fast.ts`), so a clean
 * `bdc validate` never loads it (about 25 ms per thread). Every input-side schema, parse,
 * issue check (`instanceof`) and JSON Schema goes through this one instance: under Node,
 * `require('zod')` is zod's CommonJS build, not the ES module `import` gives, so mixing the two
 * would break `instanceof` (the site's `astro/zod` schemas are Astro's own, and stay apart).
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

const load = createRequire(import.meta.url);
let loaded: typeof Zod | undefined;

export function zodPackage(): typeof Zod {
  return (loaded ??= load('zod') as typeof Zod);
}

/** A schema (or a group of them) built on first call, loading zod then; the same object after. */
export function lazySchema<T extends object>(build: (z: typeof Zod.z) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zodPackage().z));
}
