/** The withdrawal summary's HTML: self-contained, locked down, every fixture string escaped. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessWithdrawal } from '../../../../src/domain/withdrawal/index.ts';
import { renderWithdrawalHtml } from '../../../../src/render/withdrawal/render-html.ts';
import { withdrawalSummaryView } from '../../../../src/render/withdrawal/view-model.ts';
import { loadFixtureOrder } from '../../cli/withdraw-helpers.ts';

const NOW = Temporal.Instant.from('2026-06-01T00:00:00Z');

async function htmlOf(fixture: string): Promise<string> {
  const order = await loadFixtureOrder(fixture);
  const requested = order.retraction?.requestedAt.toInstant();
  if (requested === undefined) throw new Error('fixture without a request');
  return renderWithdrawalHtml(withdrawalSummaryView(order, assessWithdrawal(order, requested), NOW, order.language));
}

/** The page without its <style> blocks (inlined font data and CSS). */
function body(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '');
}

describe('renderWithdrawalHtml', () => {
  it('escapes every hostile string of the order', async () => {
    const html = await htmlOf('hostile.yaml');
    const page = body(html);
    for (const tag of ['<script', '<iframe', '<img', '<svg']) expect(page).not.toContain(tag);
    expect(page).toContain('&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt; &amp; Co');
    expect(page).toContain('&lt;/style&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(page).toContain('&lt;iframe src&#x3D;&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;');
    // Template syntax in data is printed, not evaluated.
    expect(page).toContain('59100 {{labels.title}}');
    // Exactly the three <style> blocks of the template (fonts, CSS, page footer): nothing closed them early.
    expect(html.match(/<\/style>/g)).toHaveLength(3);
  });

  it('is a self-contained page with a strict CSP, its language and title', async () => {
    const html = await htmlOf('eligible-fr.yaml');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
    expect(html).toContain('<title>Rétractation de la commande 900000001</title>');
    expect(body(html)).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("font-family:'Noto Sans'");
  });
});
