/**
 * The Content-Security-Policy of every page, as a <meta> tag added after the build. Scripts:
 * same origin only, plus the exact SHA-256 of each inline script the page carries (Starlight's
 * theme and sidebar snippets) and 'wasm-unsafe-eval' for Pagefind's search. Styles need
 * 'unsafe-inline' because Starlight writes style attributes (custom properties). Pure.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(' '),
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
export function withContentSecurityPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cleaned)}">`;
  return cleaned.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
