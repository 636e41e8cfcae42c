/**
 * A guide in the ovh/docs format using every markup extension, copied into a temporary data
 * folder and built: callouts, FAQ, action labels, external links and images are rendered and
 * no marker is left as text; its missing English translation falls back with a notice; and a
 * guide with JavaScript front matter stops the build without running it.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SiteBuildError } from '../../../src/site/build-site.ts';

const AS_OF = '2026-11-26T12:00:00+01:00';
let work = '';
let html = '';

/** The page's main text, tags removed and entities of interest decoded. */
function textOf(page: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? page;
  return main.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
}

async function dataFolder(guide: string): Promise<string> {
  const folder = await mkdtemp(join(work, 'data-'));
  await mkdir(join(folder, 'orders'));
  await cp('data/subsidiaries.yaml', join(folder, 'subsidiaries.yaml'));
  await cp('data/orders/fr-withdrawal-eligible.yaml', join(folder, 'orders', 'fr-withdrawal-eligible.yaml'));
  await cp(guide, join(folder, 'guides', 'every-markup'), { recursive: true });
  return folder;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bdc-markup-e2e-'));
  const data = await dataFolder('tests/e2e/site/fixtures/every-markup');
  await buildSite({ outDir: join(work, 'site'), dataDir: data, guidesDir: join(data, 'guides'), asOf: AS_OF, logLevel: 'error' });
  html = await readFile(join(work, 'site', 'guides', 'every-markup', 'index.html'), 'utf8');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a guide using every markup extension', () => {
  it('leaves no marker as text', () => {
    const text = textOf(html);
    for (const marker of ['{.action}', '{.external}', '{.thumbnail}', '[!primary]', '[!alert]', '[!warning]', '[!hint]', '[!note]', '[!success]', '[!secondary]', '[!info]', '[!faq]']) {
      expect(text).not.toContain(marker);
    }
  });

  it('renders action labels as UI buttons', () => {
    expect(html).toContain('<span class="md-action">Voir mes commandes</span>');
    expect(html).toContain('<span class="md-action">Annuler la commande</span>');
  });

  it('renders external links with rel and a visible marker, internal links plainly', () => {
    expect(html).toContain(
      '<a href="https://www.ovh.com/fr/support/documents_legaux/" class="md-external" rel="noopener noreferrer">conditions générales<span class="md-external-icon" aria-hidden="true">↗</span><span class="sr-only"> (site externe)</span></a>',
    );
    expect(html).toContain('<a href="/etats-des-commandes/">États des commandes</a>');
  });

  it('renders every callout type with its title and body', () => {
    const expected: [string, string, string][] = [
      ['primary', 'À savoir', 'Encadré principal.'],
      ['alert', 'Attention, important', 'Encadré alerte.'],
      ['warning', 'Avertissement', 'Encadré avertissement.'],
      ['hint', 'Astuce', 'Encadré astuce.'],
      ['note', 'Remarque', 'Encadré de remarque.'],
      ['success', 'C’est fait', 'Encadré de réussite.'],
      ['secondary', 'Pour aller plus loin', 'Encadré secondaire.'],
      ['info', 'Information', 'Encadré information.'],
    ];
    for (const [type, title, body] of expected) {
      const callout = new RegExp(`<div role="note" class="md-callout md-callout--${type}">\\s*<p class="md-callout__title">${title}</p>\\s*<p>${body}</p>\\s*</div>`);
      expect(html).toMatch(callout);
    }
  });

  it('renders the FAQ as question/answer pairs, each answer inside its question', () => {
    expect(html).toMatch(/<details class="md-faq__item">\s*<summary>Puis-je me rétracter \?<\/summary>\s*<div class="md-faq__answer">\s*<p>Oui, sous 14 jours\.<\/p>\s*<\/div>\s*<\/details>\s*<details class="md-faq__item">\s*<summary>Qui rembourse \?<\/summary>/);
  });

  it('ships an image that exists and describes the one that does not', () => {
    expect(html).toMatch(/<figure class="md-figure"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Capture du tableau de bord" class="md-thumbnail" loading="lazy"><\/figure>/);
    expect(html).toContain('<strong>Capture d’écran non fournie : </strong>Capture absente</figcaption>');
    expect(html).not.toContain('src="images/');
  });

  it('lists the guide in the sidebar of both languages', async () => {
    expect(html).toMatch(/<a href="\/guides\/every-markup\/" aria-current="page"[^>]*><span[^>]*>Toutes les extensions de balisage<\/span>/);
    const english = await readFile(join(work, 'site', 'en', 'orders', 'index.html'), 'utf8');
    expect(english).toMatch(/<a href="\/en\/guides\/every-markup\/"[^>]*><span[^>]*>Toutes les extensions de balisage<\/span>/);
  });

  it('publishes the missing English translation as the French text with a notice', async () => {
    const english = await readFile(join(work, 'site', 'en', 'guides', 'every-markup', 'index.html'), 'utf8');
    expect(english).toContain('This guide is not translated into English yet: you are reading its French version.');
    expect(english).toContain('<span class="md-action">Voir mes commandes</span>');
  });
});

describe('a guide with JavaScript front matter', () => {
  it('stops the build and never runs the code', async () => {
    const evil = await mkdtemp(join(work, 'evil-guide-'));
    const witness = join(work, 'front-matter-code-ran');
    await writeFile(join(evil, 'guide.fr-fr.md'), `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(witness)}, 'ran'), 'x') }\n---\n\nBody.\n`);
    const data = await dataFolder(evil);
    await expect(buildSite({ outDir: join(work, 'evil-site'), dataDir: data, guidesDir: join(data, 'guides'), asOf: AS_OF, logLevel: 'silent' })).rejects.toThrow(SiteBuildError);
    await expect(stat(witness)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
