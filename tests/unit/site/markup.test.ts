import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { renderGuideMarkdown } from '../../../src/site/markup/render-markdown.ts';

const fr = async (markdown: string, extra: Partial<Parameters<typeof renderGuideMarkdown>[1]> = {}): Promise<string> =>
  (await renderGuideMarkdown(markdown, { lang: 'fr', ...extra })).html;

describe('{.action}', () => {
  it('turns inline code into a UI-button span and removes the marker', async () => {
    expect(await fr('Cliquez sur `Voir mes commandes`{.action} puis validez.')).toBe(
      '<p>Cliquez sur <span class="md-action">Voir mes commandes</span> puis validez.</p>',
    );
  });

  it('styles a link as an action when the marker follows a link', async () => {
    expect(await fr('[CGS](/cgs.pdf){.action}')).toBe('<p><a href="/cgs.pdf" class="md-action">CGS</a></p>');
  });

  it('leaves inline code without a marker as code', async () => {
    expect(await fr('votre `Tableau de bord`.')).toBe('<p>votre <code>Tableau de bord</code>.</p>');
  });

  it('applies unknown classes with the md- prefix instead of printing them', async () => {
    expect(await fr('`x`{.small .bold} y')).toBe('<p><code class="md-small md-bold">x</code> y</p>');
  });
});

describe('{.external} and absolute links', () => {
  it('adds rel, a visible arrow and a screen-reader label', async () => {
    expect(await fr('Votre [espace client](https://www.ovh.com/auth/){.external}  puis')).toBe(
      '<p>Votre <a href="https://www.ovh.com/auth/" class="md-external" rel="noopener noreferrer">espace client' +
        '<span class="md-external-icon" aria-hidden="true">↗</span><span class="sr-only"> (site externe)</span></a>  puis</p>',
    );
  });

  it('treats an autolink to another site as external, in English too', async () => {
    const { html } = await renderGuideMarkdown('See <https://community.ovh.com>.', { lang: 'en' });
    expect(html).toBe(
      '<p>See <a href="https://community.ovh.com" class="md-external" rel="noopener noreferrer">https://community.ovh.com' +
        '<span class="md-external-icon" aria-hidden="true">↗</span><span class="sr-only"> (external site)</span></a>.</p>',
    );
  });

  it('keeps internal links plain', async () => {
    expect(await fr('[États](/etats-des-commandes/)')).toBe('<p><a href="/etats-des-commandes/">États</a></p>');
  });
});

describe('callouts', () => {
  it.each([
    ['primary', 'À savoir'],
    ['alert', 'Attention, important'],
    ['warning', 'Avertissement'],
    ['hint', 'Astuce'],
    ['note', 'Remarque'],
    ['success', 'C’est fait'],
    ['secondary', 'Pour aller plus loin'],
    ['info', 'Information'],
  ])('renders > [!%s] as a titled note with the following > lines as body', async (type, title) => {
    expect(await fr(`> [!${type}]\n>\n> Premier paragraphe.\n>\n> Second.\n>\n`)).toBe(
      `<div role="note" class="md-callout md-callout--${type}">\n<p class="md-callout__title">${title}</p>\n<p>Premier paragraphe.</p>\n<p>Second.</p>\n</div>`,
    );
  });

  it('accepts the body on the line right after the opener', async () => {
    expect(await fr('> [!warning]\n> Tout de suite.')).toBe(
      '<div role="note" class="md-callout md-callout--warning">\n<p class="md-callout__title">Avertissement</p>\n<p>Tout de suite.</p>\n</div>',
    );
  });

  it('renders an unknown type as a note and never prints the marker', async () => {
    const html = await fr('> [!bogus]\n>\n> Texte.\n');
    expect(html).toContain('class="md-callout md-callout--note"');
    expect(html).not.toContain('[!bogus]');
  });

  it('leaves an ordinary quote alone', async () => {
    expect(await fr('> Une citation.')).toBe('<blockquote>\n<p>Une citation.</p>\n</blockquote>');
  });

  it('renders > [!faq] as question/answer pairs: paragraphs are questions, >> quotes their answers', async () => {
    expect(await fr('> [!faq]\n>\n> Puis-je annuler ?\n>\n>> Oui, pendant 14 jours.\n>\n> Et après ?\n>\n>> Non.\n')).toBe(
      '<section class="md-callout md-faq">\n<p class="md-callout__title">Questions fréquentes</p>\n' +
        '<details class="md-faq__item">\n<summary>Puis-je annuler ?</summary>\n<div class="md-faq__answer">\n<p>Oui, pendant 14 jours.</p>\n</div>\n</details>\n' +
        '<details class="md-faq__item">\n<summary>Et après ?</summary>\n<div class="md-faq__answer">\n<p>Non.</p>\n</div>\n</details>\n</section>',
    );
  });
});

describe('images', () => {
  it('shows a missing image as a described placeholder figure (alt shown), with {.thumbnail} removed', async () => {
    expect(await fr('![Bon de commande OVH](images/order01.png){.thumbnail}')).toBe(
      '<figure class="md-missing-image"><span class="md-missing-image__icon" aria-hidden="true">▧</span>' +
        '<figcaption class="md-missing-image__caption"><strong>Capture d’écran non fournie : </strong>Bon de commande OVH</figcaption></figure>',
    );
  });

  it('shows an inline missing image as a placeholder span', async () => {
    expect(await fr('Voir ![icône](images/i.png) ici')).toBe(
      '<p>Voir <span class="md-missing-image"><span class="md-missing-image__icon" aria-hidden="true">▧</span>' +
        '<span class="md-missing-image__caption"><strong>Capture d’écran non fournie : </strong>icône</span></span> ici</p>',
    );
  });

  it('treats remote images as placeholders too (the site only loads its own)', async () => {
    expect(await fr('![distante](https://example.com/a.png)')).toContain('class="md-missing-image"');
  });

  it('keeps a shipped image, with its thumbnail class, in a figure', async () => {
    const html = await fr('![Le tableau de bord](images/hub.png){.thumbnail}', {
      resolveImage: (src) => (src === 'images/hub.png' ? 'data:image/png;base64,AAAA' : undefined),
    });
    expect(html).toBe('<figure class="md-figure"><img src="data:image/png;base64,AAAA" alt="Le tableau de bord" class="md-thumbnail" loading="lazy"></figure>');
  });

  it('replaces bdc:<name> images by the live illustration, captioned with the alt text', async () => {
    const html = await fr('![La liste](bdc:order-list){.thumbnail}', { examples: { 'order-list': h('div.live', 'LIVE') } });
    expect(html).toBe('<figure class="bdc-live bdc-live--order-list"><div class="live">LIVE</div><figcaption class="bdc-caption">La liste</figcaption></figure>');
  });

  it('shows an unknown bdc: illustration as a placeholder, never a broken image', async () => {
    expect(await fr('![Inconnue](bdc:nothing)')).toContain('<strong>Capture d’écran non fournie : </strong>Inconnue');
  });
});

describe('safety and headings', () => {
  it('drops raw HTML from guides', async () => {
    expect(await fr('<script>alert(1)</script>\n\nTexte <img src=x onerror=alert(1)>')).toBe('<p>Texte </p>');
  });

  it('gives headings GitHub-style ids and reports them', async () => {
    const result = await renderGuideMarkdown('## En pratique\n\n### Le bon de commande\n\n## En pratique', { lang: 'fr' });
    expect(result.html).toBe('<h2 id="en-pratique">En pratique</h2>\n<h3 id="le-bon-de-commande">Le bon de commande</h3>\n<h2 id="en-pratique-1">En pratique</h2>');
    expect(result.headings).toEqual([
      { depth: 2, slug: 'en-pratique', text: 'En pratique' },
      { depth: 3, slug: 'le-bon-de-commande', text: 'Le bon de commande' },
      { depth: 2, slug: 'en-pratique-1', text: 'En pratique' },
    ]);
  });

  it('renders GFM tables', async () => {
    expect(await fr('|N|D|\n|---|---|\n|1|Un|')).toBe('<table>\n<thead>\n<tr>\n<th>N</th>\n<th>D</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>Un</td>\n</tr>\n</tbody>\n</table>');
  });
});
