/** The CSP allowlist is tied to the Starlight installed: its `is:inline` scripts are on it, verbatim. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHIPPED_INLINE_SCRIPTS } from '../../../src/site/csp-allowlist.ts';

const COMPONENTS = fileURLToPath(new URL('../../../node_modules/@astrojs/starlight/dist/components/', import.meta.url));
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function inlineScripts(component: string): string[] {
  const source = readFileSync(join(COMPONENTS, component), 'utf8');
  return [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

describe('the inline scripts the site ships', () => {
  it.each(['ThemeProvider.astro', 'ThemeSelect.astro', 'Search.astro', 'SidebarPersister.astro'])(
    "allows Starlight's %s is:inline scripts",
    (component) => {
      const scripts = inlineScripts(component);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(SHIPPED_INLINE_SCRIPTS.has(sha(script)), script.slice(0, 80)).toBe(true);
    },
  );
});
