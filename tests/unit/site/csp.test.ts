import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from '../../../src/site/csp.ts';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
  const page = '<html><head><title>t</title><script>var a=1;</script><script type="module" src="/_astro/x.js"></script></head><body><script>var a=1;</script><script is:inline>b()</script></body></html>';

  it('hashes each distinct inline script, never external ones', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('b()'), sha('var a=1;')].sort());
  });

  it('allows only same-origin scripts, those hashes and WebAssembly for Pagefind', () => {
    const policy = contentSecurityPolicy(page);
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${[sha('b()'), sha('var a=1;')].sort().join(' ')}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
  });

  it('puts the meta first in <head>, once, even when applied twice', () => {
    const once = withContentSecurityPolicy(page);
    expect(once.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="default-src')).toBe(true);
    expect(withContentSecurityPolicy(once)).toBe(once);
  });
});
