/**
 * The hostile-input corpus (tests/fixtures/hostile/orders): each file gives exactly the
 * findings below (code, line, column), or is valid and renders, in its order form and its
 * withdrawal summary, with every hostile string escaped. Never a crash, never a hang.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { FrontMatterError, parseFrontMatter } from '../../../src/site/front-matter.ts';
import { readGuideFrontMatter } from '../../../src/site/guide-front-matter.ts';
import { renderGuideMarkdown } from '../../../src/site/markup/render-markdown.ts';
import { AS_OF, FIXTURES, testReference } from '../input/helpers.ts';
import { GENERATED, longHostileText, SECRET_MARKERS, workspace } from './generated-cases.ts';
import { expectEveryStringEscaped, expectLockedDown, renderPages, type RenderedPages } from './render-check.ts';

const ORDERS = `${FIXTURES}hostile/orders/`;

type Findings = readonly (readonly [code: string, line: number, column: number])[];

interface Case {
  readonly name: string;
  /** The findings, or 'valid'. */
  readonly expected: Findings | 'valid';
  /** Extra checks of a valid order and its pages. */
  readonly check?: (order: Order, pages: RenderedPages) => void;
}

/** Text with the spaces of number formatting (NBSP, NNBSP) and every other separator removed. */
const digitsOf = (html: string): string => html.replace(/[\s\u00a0\u202f.,]/g, '');

const CASES: readonly Case[] = [
  // YAML: alias bombs, deep nesting, tags, odd shapes.
  { name: 'alias-billion-laughs', expected: [['YAML_TOO_MANY_ALIASES', 3, 8]] },
  { name: 'alias-bomb-in-order', expected: [['YAML_TOO_MANY_ALIASES', 48, 13]] },
  { name: 'alias-merge-bomb', expected: [['YAML_TOO_MANY_ALIASES', 3, 14]] },
  { name: 'deep-nesting-flow', expected: [['YAML_TOO_DEEP', 2, 73]] },
  { name: 'deep-nesting-block', expected: [['YAML_TOO_DEEP', 66, 65]] },
  { name: 'yaml-custom-tags', expected: [['YAML_SYNTAX', 26, 18]] },
  {
    name: 'proto-pollution',
    expected: [
      ['SCHEMA_UNKNOWN_KEY', 4, 1],
      ['SCHEMA_UNKNOWN_KEY', 5, 1],
    ],
  },
  { name: 'not-a-mapping', expected: [['SCHEMA_TYPE', 2, 1]] },
  { name: 'empty', expected: [['FILE_NO_ORDER', 1, 1]] },
  // Bytes: binary, invalid UTF-8, BOM, CRLF, tabs.
  { name: 'binary-png', expected: [['FILE_NOT_UTF8', 1, 1]] },
  { name: 'binary-nul', expected: [['FILE_CONTROL_CHARACTER', 26, 21]] },
  { name: 'invalid-utf8-continuation', expected: [['FILE_NOT_UTF8', 12, 24]] },
  { name: 'invalid-utf8-overlong', expected: [['FILE_NOT_UTF8', 14, 14]] },
  { name: 'invalid-utf8-surrogate', expected: [['FILE_NOT_UTF8', 26, 22]] },
  { name: 'invalid-utf8-truncated', expected: [['FILE_NOT_UTF8', 9, 25]] },
  { name: 'latin1', expected: [['FILE_NOT_UTF8', 45, 13]] },
  { name: 'bom', expected: 'valid' },
  { name: 'bom-error', expected: [['SCHEMA_TOO_SMALL', 29, 15]] },
  { name: 'crlf', expected: 'valid' },
  { name: 'crlf-error', expected: [['SCHEMA_TOO_SMALL', 10, 10]] },
  { name: 'tab-indent', expected: [['YAML_TAB_INDENT', 12, 1]] },
  { name: 'tab-in-value', expected: 'valid' },
  // Numbers.
  { name: 'order-id-too-large', expected: [['SCHEMA_TOO_BIG', 2, 10]] },
  { name: 'order-id-nan', expected: [['SCHEMA_TYPE', 2, 10]] },
  { name: 'order-id-infinity', expected: [['SCHEMA_TYPE', 2, 10]] },
  { name: 'order-id-negative-zero', expected: [['SCHEMA_TOO_SMALL', 2, 10]] },
  // Whole numbers are written in decimal digits: 7e8, 0x3B9ACA01, 0o… are refused, not read as numbers.
  { name: 'order-id-exponent', expected: [['SCHEMA_TYPE', 2, 10]] },
  { name: 'order-id-hex', expected: [['SCHEMA_TYPE', 2, 10]] },
  { name: 'order-id-octal', expected: [['SCHEMA_TYPE', 2, 10]] },
  { name: 'quantity-too-large', expected: [['SCHEMA_TOO_BIG', 29, 15]] },
  { name: 'quantity-nan', expected: [['SCHEMA_TYPE', 29, 15]] },
  { name: 'quantity-negative-zero', expected: [['SCHEMA_TOO_SMALL', 29, 15]] },
  { name: 'quantity-fraction', expected: [['SCHEMA_TYPE', 29, 15]] },
  { name: 'quantity-exponent', expected: [['SCHEMA_TYPE', 29, 15]] },
  { name: 'unit-price-exponent', expected: [['SCHEMA_FORMAT', 30, 16]] },
  { name: 'unit-price-float-text', expected: [['SCHEMA_FORMAT', 30, 16]] },
  { name: 'unit-price-nan', expected: [['SCHEMA_FORMAT', 30, 16]] },
  { name: 'unit-price-infinity', expected: [['SCHEMA_FORMAT', 30, 16]] },
  { name: 'unit-price-hex', expected: [['SCHEMA_FORMAT', 30, 16]] },
  { name: 'unit-price-too-large', expected: [['SCHEMA_FORMAT', 30, 16]] },
  {
    name: 'negative-zero-amount',
    expected: 'valid',
    check: (order, pages) => {
      expect(order.details.map((line) => line.totalPrice.minor)).toEqual([0n, 0n]);
      expect(pages.form).not.toMatch(/[-\u2212]\s?0,00/);
    },
  },
  {
    name: 'max-values',
    expected: 'valid',
    check: (order, pages) => {
      expect(order.orderId).toBe(Number.MAX_SAFE_INTEGER);
      // 999 999 999 999 999.99 × 1 000 000 − 6.50 = HT 999 999 999 999 999 989 993.50; TTC × 1.2.
      expect(digitsOf(pages.form).includes('99999999999999998999350€'), 'HT').toBe(true);
      expect(digitsOf(pages.form).includes('119999999999999998799220€'), 'TTC').toBe(true);
    },
  },
  // Dates.
  { name: 'date-month-13', expected: [['DATE_INVALID', 4, 7]] },
  { name: 'date-february-30', expected: [['DATE_INVALID', 4, 7]] },
  { name: 'date-hour-24', expected: [['DATE_INVALID', 4, 7]] },
  { name: 'date-offset-out-of-range', expected: [['DATE_INVALID', 4, 7]] },
  { name: 'date-without-offset', expected: [['SCHEMA_FORMAT', 4, 7]] },
  { name: 'date-only', expected: [['SCHEMA_FORMAT', 4, 7]] },
  { name: 'date-year-0000', expected: [['DATE_OUT_OF_RANGE', 4, 7]] },
  // After 2100: a deadline in year 10000 is no one's order.
  { name: 'date-year-9999', expected: [['DATE_OUT_OF_RANGE', 4, 7]] },
  { name: 'date-year-2101', expected: [['DATE_OUT_OF_RANGE', 4, 7]] },
  // Text: markup, scripts, styles, templates, URLs in every string field; Unicode.
  { name: 'html-every-field', expected: 'valid' },
  { name: 'script-every-field', expected: 'valid' },
  { name: 'css-every-field', expected: 'valid' },
  { name: 'handlebars-every-field', expected: 'valid' },
  { name: 'javascript-url-every-field', expected: 'valid' },
  { name: 'file-url-every-field', expected: 'valid' },
  { name: 'http-url-every-field', expected: 'valid' },
  { name: 'attribute-breakout-every-field', expected: 'valid' },
  { name: 'entities-every-field', expected: 'valid' },
  { name: 'comments-cdata-every-field', expected: 'valid' },
  { name: 'yaml-escaped-markup', expected: 'valid' },
  { name: 'nul-escape', expected: 'valid' },
  { name: 'rtl-override', expected: 'valid' },
  { name: 'emoji', expected: 'valid' },
  { name: 'combining-marks', expected: 'valid' },
  { name: 'zero-width', expected: 'valid' },
];

const reference = await testReference();

async function load(name: string) {
  return loadOrders([`${ORDERS}${name}.yaml`], reference, AS_OF, { cwd: ORDERS });
}

describe('hostile order fixtures', () => {
  it.each(CASES)('$name', async ({ name, expected, check }) => {
    const result = await load(name);
    if (expected === 'valid') {
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const [loaded] = result.orders;
      if (loaded === undefined) throw new Error(`${name}: no order`);
      const pages = renderPages(loaded.order, AS_OF);
      expectLockedDown(pages.form);
      expect(pages.summary, 'every valid case has an eligible withdrawal request').toBeDefined();
      if (pages.summary !== undefined) expectLockedDown(pages.summary);
      expect(expectEveryStringEscaped(loaded.source, pages)).toBeGreaterThanOrEqual(11);
      check?.(loaded.order, pages);
      return;
    }
    expect(result.orders).toEqual([]);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.hint, diagnostic.code).toMatch(/\w/);
      expect(diagnostic.message.length, diagnostic.code).toBeLessThan(240);
    }
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
  });

  it('has an expectation for every fixture file, and at least 40 of them', () => {
    const files = readdirSync(ORDERS).map((file) => file.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(CASES.map(({ name }) => name).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('leaves Object.prototype untouched after reading __proto__ and constructor keys', async () => {
    await load('proto-pollution');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('hostile inputs generated in a temporary folder', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each(GENERATED)('$name', async ({ build, expected }) => {
    const w = workspace();
    folders.push(w.dir);
    const { paths, followSymlinks = false } = build(w);
    const result = await loadOrders(paths, reference, AS_OF, { cwd: w.dir, followSymlinks });
    for (const diagnostic of result.diagnostics) {
      const shown = `${diagnostic.message} ${diagnostic.hint ?? ''}`;
      for (const marker of SECRET_MARKERS) expect(shown).not.toContain(marker);
      expect(diagnostic.message.length).toBeLessThan(240);
    }
    if (expected !== 'valid') {
      expect(result.diagnostics.map((d) => [d.file, d.code, d.line, d.column])).toEqual(expected);
      expect(result.orders).toEqual([]);
      return;
    }
    expect(result.diagnostics).toEqual([]);
    const [loaded] = result.orders;
    if (loaded === undefined) throw new Error('no order');
    const pages = renderPages(loaded.order, AS_OF);
    expectLockedDown(pages.form);
    expectEveryStringEscaped(loaded.source, pages);
    expect(loaded.order.details[0]?.description).toBe(longHostileText(10_000));
  });
});

const GUIDES = `${FIXTURES}hostile/guides/`;
const holder = globalThis as { bdcHostileRan?: unknown };
const REFUSED_CODE = /^[\w-]+\.md: cannot read the front matter: front matter written in (JavaScript|CoffeeScript) is refused: it would run code$/;

interface GuideCase {
  readonly name: string;
  /** The FrontMatterError message expected, or the check of what was read. */
  readonly expected: RegExp | ((data: Readonly<Record<string, unknown>>, content: string) => Promise<void> | void);
}

const GUIDE_CASES: readonly GuideCase[] = [
  { name: 'front-matter-js', expected: REFUSED_CODE },
  { name: 'front-matter-javascript', expected: REFUSED_CODE },
  { name: 'front-matter-js-spaced', expected: REFUSED_CODE },
  { name: 'front-matter-coffee', expected: REFUSED_CODE },
  { name: 'front-matter-alias-bomb', expected: /^front-matter-alias-bomb\.md: cannot read the front matter: Excessive alias count/ },
  {
    name: 'front-matter-js-tag',
    expected: /^front-matter-js-tag\.md: cannot read the front matter: Unresolved tag: tag:yaml\.org,2002:js\/function at line 2, column 8$/,
  },
  {
    name: 'front-matter-proto',
    expected: (data) => {
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect(readGuideFrontMatter(data, 'front-matter-proto.md').title).toBe('Prototype');
    },
  },
  {
    name: 'hostile-body',
    expected: async (data, content) => {
      expect(data['title']).toBe("<script>alert('title')</script>");
      const { html } = await renderGuideMarkdown(content, { lang: 'fr' });
      expect(html).not.toMatch(/<(script|iframe|img|object|style)\b/i);
      expect(html).not.toMatch(/(?:href|src)="(?!#")/);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text|file:/);
      expect(html).toContain("{{constructor.constructor('return 1')()}}");
    },
  },
];

describe('hostile guides', () => {
  it.each(GUIDE_CASES)('$name', async ({ name, expected }) => {
    delete holder.bdcHostileRan;
    const text = readFileSync(`${GUIDES}${name}.md`, 'utf8');
    if (expected instanceof RegExp) {
      expect(() => parseFrontMatter(text, `${name}.md`)).toThrow(FrontMatterError);
      expect(() => parseFrontMatter(text, `${name}.md`)).toThrow(expected);
    } else {
      const parsed = parseFrontMatter(text, `${name}.md`);
      await expected(parsed.data, parsed.content);
    }
    expect(holder.bdcHostileRan).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('has an expectation for every guide file', () => {
    const files = readdirSync(GUIDES).map((file) => file.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(GUIDE_CASES.map(({ name }) => name).sort());
  });
});
