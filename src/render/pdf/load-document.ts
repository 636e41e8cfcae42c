/**
 * Loads a document into a printing tab. Forms share their head (CSP, CSS, embedded fonts):
 * when the tab already holds the same head, only the language, the title, the footer rules
 * and the body are swapped, so the fonts are not decoded again for every form (forms in
 * seven languages share one head: a tab reloads only when the head itself differs). The body
 * goes through the same HTML parser as a full load (no script runs: JavaScript is off, and
 * the page's CSP still applies). Either way, it returns once the document's fonts are ready
 * (what page.pdf()'s waitForFonts does, in a call of its own).
 */
import type { Page } from 'puppeteer-core';

export interface SplitDocument {
  /**
   * Everything but the language, the title's text, the footer rules and the body: equal heads
   * can be reused.
   */
  readonly shellKey: string;
  /** The `<html lang>` value (a plain language tag; any other value stays in the shell key). */
  readonly language: string;
  readonly footerCss: string;
  readonly body: string;
}

/** `<html lang="…">` with a plain tag (letters, digits, hyphens): set back as typed, no entity to decode. */
const LANGUAGE = /<html lang="([A-Za-z0-9-]*)">/;
const TITLE = /<title>[^<]*<\/title>/;
/** The per-document footer rules (page-margin boxes), swapped with the title. */
const FOOTER = /<style id="page-footer">([^<]*)<\/style>/;
const BODY = /<body>([^]*)<\/body>\s*<\/html>\s*$/;

/** Undefined when the document is not laid out as the templates write it. */
export function splitDocument(html: string): SplitDocument | undefined {
  const body = BODY.exec(html);
  if (body === null || !TITLE.test(html)) return undefined;
  const head = html.slice(0, body.index);
  const footer = FOOTER.exec(head);
  const language = LANGUAGE.exec(head);
  return {
    shellKey: head
      .replace(LANGUAGE, '<html lang="">')
      .replace(TITLE, '<title></title>')
      .replace(FOOTER, '<style id="page-footer"></style>'),
    language: language?.[1] ?? '',
    footerCss: footer?.[1] ?? '',
    body: body[1] ?? '',
  };
}

/** Loads `html`; returns the shell key now in the tab (to pass back next time). */
export async function loadDocument(
  page: Page,
  html: string,
  title: string,
  loadedShell: string | undefined,
  timeout: number,
): Promise<string | undefined> {
  const split = splitDocument(html);
  if (split !== undefined && loadedShell !== undefined && split.shellKey === loadedShell) {
    // One round trip: swap, then wait for the fonts the new text needs, as page.pdf() would.
    await page.evaluate(
      (newLanguage: string, newTitle: string, newFooter: string, newBody: string) => {
        document.documentElement.lang = newLanguage;
        document.title = newTitle;
        const footer = document.getElementById('page-footer');
        if (footer !== null) footer.textContent = newFooter;
        document.body.innerHTML = newBody;
        return document.fonts.ready.then(() => true);
      },
      split.language,
      title,
      split.footerCss,
      split.body,
    );
    return loadedShell;
  }
  await page.setContent(html, { waitUntil: 'load', timeout });
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return split?.shellKey;
}
