/**
 * Astro integration: after `astro build`, adds the CSP meta (csp.ts) to every HTML page of the
 * site. Files under `orders/` (order forms, withdrawal summaries written by the render step)
 * are left alone: they carry their own policy.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { withContentSecurityPolicy } from './csp.ts';
import { htmlFiles } from './html-files.ts';

export function contentSecurityPolicyIntegration(): AstroIntegration {
  return {
    name: 'bdc-content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await htmlFiles(root)) {
          if (relative(root, file).startsWith(`orders${sep}`)) continue;
          const html = await readFile(file, 'utf8');
          const secured = withContentSecurityPolicy(html);
          if (secured !== html) await writeFileAtomic(file, secured);
        }
      },
    },
  };
}
