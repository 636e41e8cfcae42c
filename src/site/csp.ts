/**
 * The Content-Security-Policy of every page, as a <meta> tag added after the build. Scripts:
 * same origin only, plus the SHA-256 of each inline script the page carries that the site
 * itself ships (csp-allowlist.ts: Starlight's theme and sidebar snippets), and
 * 'wasm-unsafe-eval' for Pagefind's search. An inline script that is not on the list is never
 * allowed: `unknownInlineScripts` names it so the build can stop. Styles need 'unsafe-inline'
 * because Starlight writes style attributes (custom properties). Pure.
 */
import { createHash } from 'node:crypto';
import { SHIPPED_INLINE_SCRIPTS } from './csp-allowlist.ts';

/**
 * The page read tag by tag, left to right: a <script> element (attributes, body), or any other
 * tag taken whole with its quoted attribute values, so text such as `<script>` inside an
 * attribute value (Starlight's og:title of a hostile guide title, harmless there) is not
 * mistaken for a script. A script in a comment still counts (fail closed). This only finds
 * what to report: the policy never allows a script that is not on the allowlist, found or not.
 */
const TOKEN = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>|<[a-z][a-z0-9-]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** True when the <script> attributes (their values left out) include src=. */
function isExternal(attributes: string): boolean {
  return /(?:^|\s)src\s*=/i.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'));
}

/** The CSP hash source of each distinct non-empty inline script of the page, sorted. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(TOKEN)) {
    const [, attributes, body] = match;
    if (attributes === undefined || body === undefined || body === '' || isExternal(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/** Hashes of the page's inline scripts that the site does not ship (injected ones). */
export function unknownInlineScripts(html: string, allowed: ReadonlyMap<string, string> = SHIPPED_INLINE_SCRIPTS): string[] {
  return inlineScriptHashes(html).filter((hash) => !allowed.has(hash));
}

export function contentSecurityPolicy(html: string, allowed: ReadonlyMap<string, string> = SHIPPED_INLINE_SCRIPTS): string {
  return policyOf(inlineScriptHashes(html), allowed);
}

function policyOf(hashes: readonly string[], allowed: ReadonlyMap<string, string>): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes.filter((hash) => allowed.has(hash))].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its CSP meta as the first element of <head> (replacing one already there). */
export function withContentSecurityPolicy(html: string, allowed: ReadonlyMap<string, string> = SHIPPED_INLINE_SCRIPTS): string {
  return securedPage(html, allowed).html;
}

/**
 * Both at once, the page read once: the page with its CSP meta (withContentSecurityPolicy) and
 * the hashes of its inline scripts that the site does not ship (unknownInlineScripts).
 */
export function securedPage(html: string, allowed: ReadonlyMap<string, string> = SHIPPED_INLINE_SCRIPTS): { readonly html: string; readonly unknown: readonly string[] } {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  // A CSP meta holds no script: the page's scripts are the cleaned page's.
  const hashes = inlineScriptHashes(cleaned);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyOf(hashes, allowed)}">`;
  return { html: cleaned.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`), unknown: hashes.filter((hash) => !allowed.has(hash)) };
}
