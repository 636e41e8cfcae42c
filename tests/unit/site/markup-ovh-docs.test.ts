/**
 * The ovh/docs constructs found in the public billing guides, each on a small Markdown string
 * of our own: FAQ pairs in both layouts, `/// details` blocks, tabs, API calls, anchors,
 * comments, embedded frames, `<br>`, GitHub callout names, tables, code and nested lists.
 */
import { describe, expect, it } from 'vitest';
import { renderGuideMarkdown } from '../../../src/site/markup/render-markdown.ts';
import { apiCall } from '../../../src/site/markup/api-calls.ts';
import { separateBlockFences } from '../../../src/site/markup/details-blocks.ts';

const fr = async (markdown: string): Promise<string> => (await renderGuideMarkdown(markdown, { lang: 'fr' })).html;
const en = async (markdown: string): Promise<string> => (await renderGuideMarkdown(markdown, { lang: 'en' })).html;

const RAW = ['[!', '///', '>>', '&#x3C;!--', '<!--', '<iframe', '{.'];

describe('> [!faq]', () => {
  it('keeps each answer inside its question in the >> question / >>> answer layout', async () => {
    const html = await fr('> [!faq]\n>\n>> Question un ?\n>>\n>>> Réponse un.\n>>>\n>>> Suite de la réponse un.\n>>\n>> Question deux ?\n>>\n>>> Réponse deux.\n');
    expect(html).toBe(
      '<section class="md-callout md-faq">\n<p class="md-callout__title">Questions fréquentes</p>\n' +
        '<details class="md-faq__item">\n<summary>Question un ?</summary>\n<div class="md-faq__answer">\n<p>Réponse un.</p>\n<p>Suite de la réponse un.</p>\n</div>\n</details>\n' +
        '<details class="md-faq__item">\n<summary>Question deux ?</summary>\n<div class="md-faq__answer">\n<p>Réponse deux.</p>\n</div>\n</details>\n</section>',
    );
  });

  it('renders a callout nested in an answer', async () => {
    const html = await en('> [!faq]\n>\n> API?\n>\n>> > [!api]\n>> >\n>> > @api {v1} /me GET /me/order\n');
    expect(html).toContain('<summary>API?</summary>\n<div class="md-faq__answer">\n<div role="note" class="md-callout md-callout--info md-callout--api">');
    expect(html).toContain('<li><code>GET /me/order</code></li>');
  });
});

describe('/// details | …', () => {
  it('becomes a details block whose summary is the title, options dropped, code kept', async () => {
    expect(await fr('Avant\n\n/// details | Une **question**\n    type: warning\n\nLe corps.\n\n```\n///\n```\n\n///\n\nAprès')).toBe(
      '<p>Avant</p>\n<details class="md-details">\n<summary>Une <strong>question</strong></summary>\n<p>Le corps.</p>\n<pre><code>///\n</code></pre>\n</details>\n<p>Après</p>',
    );
  });

  it('reads blocks written without blank lines, nested blocks and one left open', async () => {
    expect(await fr('/// details | Externe\nUn\n/// details | Interne\nDeux\n///\nTrois\n///\n/// details\nOuvert')).toBe(
      '<details class="md-details">\n<summary>Externe</summary>\n<p>Un</p>\n<details class="md-details">\n<summary>Interne</summary>\n<p>Deux</p>\n</details>\n<p>Trois</p>\n</details>\n' +
        '<details class="md-details">\n<summary>Détails</summary>\n<p>Ouvert</p>\n</details>',
    );
  });

  it('renders /// warning | Title as a titled callout', async () => {
    expect(await en('/// warning | Careful\nText\n///')).toBe('<div role="note" class="md-callout md-callout--warning">\n<p class="md-callout__title">Careful</p>\n<p>Text</p>\n</div>');
  });

  it('leaves /// lines inside fenced code alone when preparing the source', () => {
    expect(separateBlockFences('~~~\n/// details | x\n~~~\ntext\n///')).toBe('~~~\n/// details | x\n~~~\ntext\n\n///\n');
  });
});

describe('> [!tabs]', () => {
  it('shows every tab as a titled section, in order', async () => {
    expect(await fr('> [!tabs]\n> **Étape 1**\n>>\n>> Faites A.\n>>\n> Étape 2\n>>\n>> - B\n>> - C\n')).toBe(
      '<div class="md-tabs">\n<section class="md-tab">\n<p class="md-tab__title">Étape 1</p>\n<p>Faites A.</p>\n</section>\n' +
        '<section class="md-tab">\n<p class="md-tab__title">Étape 2</p>\n<ul>\n<li>B</li>\n<li>C</li>\n</ul>\n</section>\n</div>',
    );
  });
});

describe('> [!api] and other callout names', () => {
  it('lists the API calls of both @api forms as code', async () => {
    expect(await en('> [!api]\n>\n> @api {v1} /me GET /me/order\n> @api {POST} /me/order/{orderId}/retraction\n>\n')).toBe(
      '<div role="note" class="md-callout md-callout--info md-callout--api">\n<p class="md-callout__title">OVHcloud API calls</p>\n' +
        '<ul class="md-api">\n<li><code>GET /me/order</code></li>\n<li><code>POST /me/order/{orderId}/retraction</code></li>\n</ul>\n</div>',
    );
  });

  it('parses one @api line', () => {
    expect(apiCall('@api {v1} /me GET /me/order')).toBe('GET /me/order');
    expect(apiCall('@api {get} /me')).toBe('GET /me');
    expect(apiCall('text')).toBeUndefined();
  });

  it.each([['success', 'C’est fait'], ['TIP', 'Astuce'], ['important', 'Attention, important'], ['caution', 'Avertissement']])('renders [!%s] with its title', async (type, title) => {
    expect(await fr(`> [!${type}]\n> Corps.`)).toContain(`<p class="md-callout__title">${title}</p>`);
  });
});

describe('raw HTML of the guides', () => {
  it('keeps <a name> anchors as ids so in-page links work, and drops comments', async () => {
    expect(await fr('### Étape 3 <a name="step3"></a>\n\n<!-- CP-NAV-END:x -->\n\nVoir [l’étape](#step3).')).toBe(
      '<h3 id="étape-3">Étape 3 <span id="step3"></span></h3>\n<p>Voir <a href="#step3">l’étape</a>.</p>',
    );
  });

  it('refuses an anchor name that is not a plain identifier', async () => {
    expect(await fr('Texte <a name="x&quot; onclick=&quot;alert(1)"></a>')).toBe('<p>Texte </p>');
  });

  it('turns an iframe into a described link to its address, never a frame', async () => {
    expect(await en('<iframe width="560" src="https://www.youtube.com/embed/abc" title="Demo video"></iframe>')).toBe(
      '<p class="md-embed"><strong>Embedded content (opens another site): </strong><a href="https://www.youtube.com/embed/abc" class="md-external" rel="noopener noreferrer">Demo video' +
        '<span class="md-external-icon" aria-hidden="true">↗</span><span class="sr-only"> (external site)</span></a></p>',
    );
  });

  it('drops an iframe whose address is a script, data or file URL', async () => {
    for (const src of ['javascript:alert(1)', ' JaVa\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expect(await en(`<iframe src="${src}" title="t"></iframe>`)).toBe('');
    }
  });

  it('escapes whatever an iframe title or a details title holds', async () => {
    const html = await en('<iframe src="https://v.example/e" title="&quot;><script>alert(1)</script>"></iframe>\n\n/// details | <img src=x onerror=alert(1)> **T**\nBody\n///');
    expect(html).not.toMatch(/<script|<img|onerror=alert[^<]*>/);
    expect(html).toContain('<summary> <strong>T</strong></summary>');
  });

  it('turns <br> into a line break', async () => {
    expect(await fr('|A|B|\n|---|---|\n|un<br>deux|trois|')).toContain('<td>un<br>\ndeux</td>');
  });
});

describe('common Markdown of the guides', () => {
  it('renders tables, code blocks and nested lists', async () => {
    const html = await fr('|N|D|\n|---|---|\n|1|un|\n\n```bash\nls -l\n```\n\n- a\n  - b\n    1. c\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<pre><code class="language-bash">ls -l\n</code></pre>');
    expect(html).toContain('<li>b\n<ol>\n<li>c</li>\n</ol>\n</li>');
  });

  it('leaves no raw marker of any construct in the page', async () => {
    const html = await fr(
      '> [!faq]\n>> Q ?\n>>> R.\n\n/// details | T\nC\n///\n\n> [!tabs]\n> **A**\n>> x\n\n> [!api]\n> @api {GET} /me\n\n<!-- m -->\n\n<iframe src="https://example.com/v" title="V"></iframe>\n\n`Bouton`{.action}',
    );
    for (const marker of RAW) expect(html).not.toContain(marker);
  });
});

describe('links of a site published under a base path', () => {
  it('prefixes links to site paths with the base and leaves the others alone', async () => {
    const { html } = await renderGuideMarkdown('[États](/etats-des-commandes/) [ici](#steps) [rel](images/x.png) [ext](https://ovh.com/) [proto](//cdn.example/x)\n\n[def]: /commandes/\n\n[Def][def]', { lang: 'fr', base: '/docs/' });
    expect(html).toContain('<a href="/docs/etats-des-commandes/">États</a>');
    expect(html).toContain('<a href="#steps">ici</a>');
    expect(html).toContain('<a href="images/x.png">rel</a>');
    expect(html).toContain('<a href="https://ovh.com/"');
    expect(html).toContain('<a href="//cdn.example/x">proto</a>');
    expect(html).toContain('<a href="/docs/commandes/">Def</a>');
  });
});
