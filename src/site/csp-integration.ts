/**
 * Astro integration: after `astro build`, adds the CSP meta (csp.ts) to every HTML page of the
 * site. Files under `orders/` (order forms, withdrawal summaries written by the render step)
 * are left alone: they carry their own policy.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { withContentSecurityPolicy } from './csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

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
