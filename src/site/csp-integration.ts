/**
 * Astro integration: after `astro build`, adds the CSP meta (csp.ts) to every HTML page of the
 * site, and fails the build when a page carries an inline script the site does not ship
 * (csp-allowlist.ts), naming the pages and the scripts' hashes: such a script was injected
 * (or is new in a dependency and must be reviewed before it is allowed). Files under
 * `orders/` (order forms, withdrawal summaries written by the render step) are left alone:
 * they carry their own policy.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { unknownInlineScripts, withContentSecurityPolicy } from './csp.ts';
import { htmlFiles } from './html-files.ts';

export class UnknownInlineScriptError extends Error {
  override readonly name = 'UnknownInlineScriptError';
}

function unknownScriptsMessage(found: readonly { page: string; hashes: readonly string[] }[]): string {
  const shown = found.slice(0, 5).map(({ page, hashes }) => `  ${page}: ${hashes.join(' ')}`);
  const more = found.length > shown.length ? [`  … and ${found.length - shown.length} more pages`] : [];
  return [
    `${found.length} page(s) carry an inline script the site does not ship; the build stops rather than allow it:`,
    ...shown,
    ...more,
    'Hint: a guide or order must never bring a script: look for markup that escaped from the data. If the script is a new one from Starlight or our own pages, review it, then add its hash to src/site/csp-allowlist.ts.',
  ].join('\n');
}

export function contentSecurityPolicyIntegration(): AstroIntegration {
  return {
    name: 'bdc-content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const unknown: { page: string; hashes: string[] }[] = [];
        for (const file of await htmlFiles(root)) {
          const page = relative(root, file);
          if (page.startsWith(`orders${sep}`)) continue;
          const html = await readFile(file, 'utf8');
          const hashes = unknownInlineScripts(html);
          if (hashes.length > 0) unknown.push({ page, hashes });
          const secured = withContentSecurityPolicy(html);
          if (secured !== html) await writeFileAtomic(file, secured);
        }
        if (unknown.length > 0) throw new UnknownInlineScriptError(unknownScriptsMessage(unknown));
      },
    },
  };
}
