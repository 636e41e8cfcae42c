/**
 * What a valid hostile order must render to: its order form and (when it has a withdrawal
 * request) its withdrawal summary, each with the strict CSP, only the templates' own elements,
 * no URL in any tag, and every free-text string of the fixture shown HTML-escaped, never raw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { Order } from '../../../src/domain/order.ts';
import { TEMPLATES_DIR } from '../../../src/render/html/handlebars-env.ts';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import {
  assessRequestedWithdrawal,
  renderWithdrawalHtml,
  withdrawalSummaryView,
} from '../../../src/render/withdrawal/index.ts';

export const FORM_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/** Paths of the fixture's free-text fields (as dotted paths, list indices as `\d+`). */
const FREE_TEXT =
  /^(?:customer\.(?:nichandle|name|email|address\.(?:street|postalCode|city))|billingContact\.(?:nichandle|name|email)|payment\.default\.label|details\.\d+\.(?:description|domain)|retraction\.comment)$/;

function templateFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? templateFiles(join(folder, entry.name))
      : entry.name.endsWith('.hbs')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Element names the templates themselves write: nothing else may appear in a rendered page. */
const TEMPLATE_ELEMENTS = new Set(
  templateFiles(TEMPLATES_DIR).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1] ?? ''),
  ),
);

/** Every string leaf of plain data with its dotted path. */
export function stringLeaves(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, path === '' ? key : `${path}.${key}`));
}

export interface RenderedPages {
  readonly form: string;
  readonly summary: string | undefined;
}

export function renderPages(order: Order, asOf: Temporal.Instant): RenderedPages {
  const form = orderFormDocument(order, asOf).html;
  const assessment = assessRequestedWithdrawal(order);
  const summary =
    assessment === undefined
      ? undefined
      : renderWithdrawalHtml(withdrawalSummaryView(order, assessment, asOf, order.language));
  return { form, summary };
}

/** The structural checks every rendered page passes, hostile input or not. */
export function expectLockedDown(html: string): void {
  const metas = html.match(/<meta [^>]*>/g) ?? [];
  expect(metas[1]).toBe(`<meta http-equiv="Content-Security-Policy" content="${FORM_CSP}">`);
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  const names = new Set(tags.map((tag) => /^<([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1]?.toLowerCase() ?? ''));
  expect([...names].filter((name) => !TEMPLATE_ELEMENTS.has(name))).toEqual([]);
  for (const tag of tags.filter((each) => !each.startsWith('<meta '))) {
    expect(tag).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(tag).not.toMatch(/(?:javascript|vbscript|file|https?|data):/i);
  }
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  expect(styles).toHaveLength((html.match(/<style/g) ?? []).length);
  for (const css of styles) {
    expect(css).not.toContain('@import');
    expect(css).not.toMatch(/url\(\s*['"]?(?!data:)/);
  }
}

/**
 * Every free-text string of the fixture appears, escaped exactly as Handlebars escapes it, in
 * at least one page, and no page holds it raw when escaping changes it. Returns how many
 * strings were checked.
 */
export function expectEveryStringEscaped(source: string, pages: RenderedPages): number {
  const documents = [pages.form, ...(pages.summary === undefined ? [] : [pages.summary])];
  const leaves = stringLeaves(parse(source) as unknown).filter(({ path }) => FREE_TEXT.test(path));
  for (const { path, text } of leaves) {
    const escaped = Handlebars.Utils.escapeExpression(text);
    expect(
      documents.some((html) => html.includes(escaped)),
      `${path} is shown escaped`,
    ).toBe(true);
    if (escaped !== text) for (const html of documents) expect(html.includes(text), `${path} never raw`).toBe(false);
  }
  return leaves.length;
}
