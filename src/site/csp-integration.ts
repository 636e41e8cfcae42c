/**
 * Astro integration: after `astro build`, adds the CSP meta (csp.ts) to every HTML page of the
 * site, and fails the build when a page carries an inline script the site does not ship
 * (csp-allowlist.ts), naming the pages and the scripts' hashes: such a script was injected
 * (or is new in a dependency and must be reviewed before it is allowed). Files under
 * `orders/` (order forms, withdrawal summaries written by the render step) are left alone:
 * they carry their own policy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inBatches } from '../pipeline/cache/link-files.ts';
import { securedPage } from './csp.ts';
import { htmlFiles } from './html-files.ts';
import { sitePhase } from './site-phases.ts';

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

/** Pages read and rewritten at once: the file system's latency overlaps, memory stays bounded. */
const PAGES_AT_ONCE = 32;

export function contentSecurityPolicyIntegration(): AstroIntegration {
  return {
    name: 'bdc-content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        sitePhase('site: CSP');
        const root = fileURLToPath(dir);
        const pages = (await htmlFiles(root)).filter((file) => !relative(root, file).startsWith(`orders${sep}`));
        const unknownOf = new Map<string, string[]>();
        // The site is built in a private folder, moved into place whole once built: a page
        // is rewritten in place (a failed build's folder is removed, never published).
        await inBatches(pages, PAGES_AT_ONCE, async (file) => {
          const html = await readFile(file, 'utf8');
          const secured = securedPage(html);
          if (secured.unknown.length > 0) unknownOf.set(file, [...secured.unknown]);
          if (secured.html !== html) await writeFile(file, secured.html);
        });
        // In page order, as found one page after the other.
        const unknown = pages.flatMap((file) => {
          const hashes = unknownOf.get(file);
          return hashes === undefined ? [] : [{ page: relative(root, file), hashes }];
        });
        if (unknown.length > 0) throw new UnknownInlineScriptError(unknownScriptsMessage(unknown));
      },
    },
  };
}
