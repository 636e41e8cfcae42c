/**
 * Loads a document into a printing tab. Forms share their head (CSP, CSS, embedded fonts):
 * when the tab already holds the same head, only the title and the body are swapped, so the
 * fonts are not decoded again for every form. The body goes through the same HTML parser as
 * a full load (no script runs: JavaScript is off, and the page's CSP still applies).
 */
import type { Page } from 'puppeteer-core';

export interface SplitDocument {
  /** Everything but the title's text, the footer rules and the body: equal heads can be reused. */
  readonly shellKey: string;
  readonly footerCss: string;
  readonly body: string;
}

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
  return {
    shellKey: head.replace(TITLE, '<title></title>').replace(FOOTER, '<style id="page-footer"></style>'),
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
    await page.evaluate(
      (newTitle: string, newFooter: string, newBody: string) => {
        document.title = newTitle;
        const footer = document.getElementById('page-footer');
        if (footer !== null) footer.textContent = newFooter;
        document.body.innerHTML = newBody;
      },
      title,
      split.footerCss,
      split.body,
    );
    return loadedShell;
  }
  await page.setContent(html, { waitUntil: 'load', timeout });
  return split?.shellKey;
}
