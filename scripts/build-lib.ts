/**
 * `npm run build:lib` (and `prepack`): the package's JavaScript. Empties lib/, then compiles
 * src/ into it with tsconfig.build.json (imports of `./x.ts` rewritten to `./x.js`, .d.ts
 * declarations beside). An installed bdc runs lib/; a checkout runs src/ directly.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
