import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securedPage, unknownInlineScripts, withContentSecurityPolicy } from '../../../src/site/csp.ts';
import { SHIPPED_INLINE_SCRIPTS } from '../../../src/site/csp-allowlist.ts';
import { escapeHeadText, escapeHtmlText } from '../../../src/site/escape-head.ts';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
  const page = '<html><head><title>t</title><script>var a=1;</script><script type="module" src="/_astro/x.js"></script></head><body><script>var a=1;</script><script is:inline>b()</script></body></html>';
  const allowed = new Map([[sha('var a=1;'), 'ours']]);

  it('hashes each distinct inline script, never external ones', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('b()'), sha('var a=1;')].sort());
  });

  it('allows only same-origin scripts, the shipped inline scripts the page has, and WebAssembly for Pagefind', () => {
    const policy = contentSecurityPolicy(page, allowed);
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${sha('var a=1;')}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
  });

  it('secures a page and names its unknown scripts in one reading, as the two functions do apart', () => {
    const injected = '<html><head><meta http-equiv="content-security-policy" content="old"><title>T</title><script>alert(1)</script></head><body><script>var a=1;</script></body></html>';
    for (const html of [page, injected]) {
      const secured = securedPage(html, allowed);
      expect(secured.html).toBe(withContentSecurityPolicy(html, allowed));
      expect(secured.unknown).toEqual(unknownInlineScripts(html, allowed));
    }
    expect(securedPage(injected, allowed)).toEqual({
      html: `<html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(injected, allowed)}"><title>T</title><script>alert(1)</script></head><body><script>var a=1;</script></body></html>`,
      unknown: [sha('alert(1)')],
    });
  });

  it('never allows an inline script the site does not ship, and names it', () => {
    const injected = '<html><head><title>T </title><script>alert(document.domain)</script><title></title></head></html>';
    expect(contentSecurityPolicy(injected)).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(unknownInlineScripts(injected)).toEqual([sha('alert(document.domain)')]);
    expect(unknownInlineScripts(page, allowed)).toEqual([sha('b()')]);
    expect(unknownInlineScripts('<script>var a=1;</script>', allowed)).toEqual([]);
  });

  it("ships a fixed list of Starlight's scripts, hashes only", () => {
    expect(SHIPPED_INLINE_SCRIPTS.size).toBe(8);
    for (const hash of SHIPPED_INLINE_SCRIPTS.keys()) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('puts the meta first in <head>, once, even when applied twice', () => {
    const once = withContentSecurityPolicy(page, allowed);
    expect(once.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="default-src')).toBe(true);
    expect(withContentSecurityPolicy(once, allowed)).toBe(once);
  });
});

describe('escaping the <head> text Starlight writes raw', () => {
  it('escapes a title break-out so it stays text, and leaves scripts and styles alone', () => {
    const head = [
      { tag: 'title', content: 'T </title><script>alert(1)</script><title> & co | Centre d’aide' },
      { tag: 'meta' },
      { tag: 'script', content: 'ours()' },
      { tag: 'style', content: 'a>b{}' },
    ];
    escapeHeadText(head);
    expect(head).toEqual([
      { tag: 'title', content: 'T &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;title&gt; &amp; co | Centre d’aide' },
      { tag: 'meta' },
      { tag: 'script', content: 'ours()' },
      { tag: 'style', content: 'a>b{}' },
    ]);
  });

  it('escapes an ampersand first, so entities in a title are shown as written', () => {
    expect(escapeHtmlText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('finding the inline scripts of a page', () => {
  it('reads tags whole: a script written inside an attribute value is no script', () => {
    const html = `<meta property="og:title" content="T </title><script>alert(1)</script><title>"><meta content='<script>b()</script>'>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('sees a real script after such an attribute, in any case, and in a comment too (fail closed)', () => {
    const html = `<meta content="<script>x</script>"><!-- <script>c()</script> --><SCRIPT type="text/javascript">d()</SCRIPT >`;
    expect(inlineScriptHashes(html)).toEqual([sha('c()'), sha('d()')].sort());
  });

  it('does not take src= inside another attribute value for an external script', () => {
    expect(inlineScriptHashes(`<script data-x="src=">e()</script><script src="/_astro/a.js"></script>`)).toEqual([sha('e()')]);
  });
});
