import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../../src/domain/totals.ts';
import { templatesFingerprint } from '../../../src/render/html/handlebars-env.ts';
import { renderOrderFormHtml } from '../../../src/render/order-form/render-html.ts';
import { orderFormView } from '../../../src/render/order-form/view-model.ts';
import type { OrderFormView } from '../../../src/render/order-form/view.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from './fixture-orders.ts';

const hostile = await fixtureOrder(ORDER_IDS.hostile, 'hostile');
const html = renderOrderFormHtml(orderFormView(hostile, computeTotals(hostile), AS_OF, 'fr'));

/** Start tags in the HTML, by element name: only the template's own may be there. */
function tagCount(name: string): number {
  return html.match(new RegExp(`<${name}[\\s>/]`, 'gi'))?.length ?? 0;
}

describe('a hostile order renders as text', () => {
  it.each(['script', 'img', 'a', 'iframe', 'link', 'base', 'video', 'object', 'svg', 'b', 'embed', 'form'])(
    'has no <%s> element',
    (name) => {
      expect(tagCount(name)).toBe(0);
    },
  );

  it('keeps only its own <style> and <meta> elements', () => {
    expect(tagCount('style')).toBe(3);
    expect(html).toContain('<style id="page-footer">@page { @bottom-left { content: "Bon de commande 666000001"; } @bottom-right { content: "page" " " counter(page) " / " counter(pages); } }</style>');
    expect(html.match(/<meta [^>]*>/g)).toEqual([
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="referrer" content="no-referrer">',
    ]);
  });

  it('shows every hostile string, escaped', () => {
    expect(html).toContain('&lt;script&gt;fetch(&#x27;http://127.0.0.1:PORT/script&#x27;)&lt;/script&gt;');
    expect(html).toContain('&lt;a href&#x3D;&quot;file:///etc/passwd&quot;&gt;passwd&lt;/a&gt;');
    expect(html).toContain('&lt;iframe src&#x3D;&quot;file:///etc/passwd&quot;&gt;&lt;/iframe&gt;Mallory');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('javascript:alert(1)');
    // Handlebars syntax in the data is printed, not evaluated.
    expect(html).toContain('{{constructor.constructor(&#x27;return 1&#x27;)()}}');
  });

  it('is self-contained: the only URLs in tags and stylesheets are data: URLs', () => {
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    const attributeUrls = tags.flatMap((tag) => [...tag.matchAll(/\b(?:src|href|action|poster|data)\s*=\s*["']?([^"'\s>]+)/gi)]);
    expect(attributeUrls).toEqual([]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    const cssUrls = styles.flatMap((css) => [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => match[1] ?? ''));
    expect(cssUrls).toHaveLength(4);
    expect(cssUrls.every((url) => url.startsWith('data:font/woff2;base64,'))).toBe(true);
    expect(styles.join('')).not.toContain('@import');
  });
});

describe('the templates run in strict mode', () => {
  it('throws on a view model with a missing key instead of printing nothing', async () => {
    const order = await fixtureOrder(ORDER_IDS.eur);
    const view = orderFormView(order, computeTotals(order), AS_OF, 'fr');
    const incomplete = Object.fromEntries(Object.entries(view).filter(([key]) => key !== 'title'));
    expect(() => renderOrderFormHtml(incomplete as unknown as OrderFormView)).toThrow(/"title" not defined/);
  });

  it('gives the same HTML twice', async () => {
    const order = await fixtureOrder(ORDER_IDS.eur);
    const render = () => renderOrderFormHtml(orderFormView(order, computeTotals(order), AS_OF, 'fr'));
    expect(render()).toBe(render());
  });
});

describe('templatesFingerprint', () => {
  it('is a stable sha-256 of the templates and the font', () => {
    expect(templatesFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(templatesFingerprint()).toBe(templatesFingerprint());
  });
});
