/**
 * The translations: every language fills the same typed dictionaries (a missing key does not
 * compile); these tests add what types cannot see: no text left in the templates, no value
 * copied untranslated from French or English, plural forms by `Intl.PluralRules`, and the law
 * each document cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/domain/enums.ts';
import type { Order } from '../../../src/domain/order.ts';
import { computeTotals } from '../../../src/domain/totals.ts';
import { assessWithdrawal } from '../../../src/domain/withdrawal/index.ts';
import { formatCount, formatPeriod } from '../../../src/render/format.ts';
import { renderOrderFormHtml } from '../../../src/render/order-form/render-html.ts';
import { orderFormView } from '../../../src/render/order-form/view-model.ts';
import { renderWithdrawalHtml } from '../../../src/render/withdrawal/render-html.ts';
import { withdrawalSummaryView } from '../../../src/render/withdrawal/view-model.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from './fixture-orders.ts';
import { dictionaryFor } from '../../../src/render/i18n/index.ts';
import { siteText } from '../../../src/site/i18n/site-text.ts';

const TEMPLATES = 'templates';

function templateFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(join(folder, entry.name)) : entry.name.endsWith('.hbs') ? [join(folder, entry.name)] : [],
  );
}

/** The text a reader would see: tags, Handlebars expressions and the <style>/<title> plumbing removed. */
function literalText(template: string): string {
  return template
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/\{\{\{?[\s\S]*?\}?\}\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** Leaf strings of a dictionary by dotted path; functions are called with placeholders. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...args: string[]) => unknown)('§1', '§2', '§3'))]];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  return [];
}

/** Values that are the same word in several languages (brand names, "Status", "Total"…). */
const SAME_IN_SEVERAL_LANGUAGES = new Set([
  'PayPal',
  'iDEAL',
  'Multibanco',
  'Płatności',
  'PayU',
  'e-Dinar',
  'Status',
  'Description',
  'Total',
  'Service',
  'Date',
  'Client',
  'VAT §1',
  'Error',
  'Home',
  'Information',
  'Filiale',
  'VAT',
]);

function untranslated(lang: Language, dictionary: (language: Language) => object): string[] {
  const fr = new Map(leaves(dictionary('fr')));
  const en = new Map(leaves(dictionary('en')));
  return leaves(dictionary(lang))
    .filter(([path, text]) => (text === fr.get(path) || text === en.get(path)) && !SAME_IN_SEVERAL_LANGUAGES.has(text))
    .map(([path, text]) => `${path}: ${text}`);
}

describe('templates', () => {
  it.each(templateFiles(TEMPLATES))('%s holds no text of its own: every word comes from the view model', (file) => {
    const words = literalText(readFileSync(file, 'utf8')).match(/\p{L}+/gu) ?? [];
    expect(words).toEqual([]);
  });
});

describe('dictionaries', () => {
  const others = LANGUAGES.filter((lang) => lang !== 'fr' && lang !== 'en');

  it.each(others)('%s: no document text copied untranslated from fr or en', (lang) => {
    expect(untranslated(lang, dictionaryFor)).toEqual([]);
  });

  it.each(others)('%s: no site text copied untranslated from fr or en', (lang) => {
    expect(untranslated(lang, siteText)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the dictionary and the site text use the same Intl locale, of the language', (lang) => {
    expect(dictionaryFor(lang).locale).toBe(siteText(lang).locale);
    expect(new Intl.Locale(dictionaryFor(lang).locale).language).toBe(lang);
  });
});

describe('plural forms come from Intl.PluralRules', () => {
  it('Polish: one, few, many', () => {
    const pl = dictionaryFor('pl');
    expect(['P1M', 'P3M', 'P5M', 'P22M', 'P1Y', 'P2Y', 'P5Y', 'P1Y6M'].map((period) => formatPeriod(period, pl))).toEqual([
      '1 miesiąc',
      '3 miesiące',
      '5 miesięcy',
      '22 miesiące',
      '1 rok',
      '2 lata',
      '5 lat',
      '1 rok i 6 miesięcy',
    ]);
    expect(formatCount(14, pl.periodUnits.day, pl.locale)).toBe('14 dni');
    expect(formatCount(1, pl.periodUnits.day, pl.locale)).toBe('1 dzień');
  });

  it('German, Spanish, Italian, Portuguese: one and other', () => {
    expect(formatPeriod('P1Y', dictionaryFor('de'))).toBe('1 Jahr');
    expect(formatPeriod('P2Y3M', dictionaryFor('de'))).toBe('2 Jahre und 3 Monate');
    expect(formatPeriod('P1M', dictionaryFor('es'))).toBe('1 mes');
    expect(formatPeriod('P6M', dictionaryFor('es'))).toBe('6 meses');
    expect(formatPeriod('P1W', dictionaryFor('it'))).toBe('1 settimana');
    expect(formatPeriod('P2D', dictionaryFor('it'))).toBe('2 giorni');
    expect(formatPeriod('P1M', dictionaryFor('pt'))).toBe('1 mês');
    expect(formatPeriod('P1Y1M', dictionaryFor('pt'))).toBe('1 ano e 1 mês');
  });
});

const eur = await fixtureOrder(ORDER_IDS.eur);

describe('the law each document cites', () => {
  const withLaw = (legalReference: string | undefined): Order => {
    const terms = eur.subsidiary.withdrawal;
    if (terms === undefined) throw new Error('the EUR fixture has withdrawal terms');
    const rest = { days: terms.days, refundDays: terms.refundDays };
    return { ...eur, subsidiary: { ...eur.subsidiary, withdrawal: legalReference === undefined ? rest : { ...rest, legalReference } } };
  };
  const assess = (order: Order) => assessWithdrawal(order, order.date.add({ days: 3 }).toInstant());

  it('is the subsidiary’s legalReference on the form and in the summary, in any language', () => {
    const order = withLaw('Bürgerliches Gesetzbuch (BGB), §§ 312g, 355–357a');
    const summary = withdrawalSummaryView(order, assess(order), AS_OF, 'de');
    expect(orderFormView(order, computeTotals(order), AS_OF, 'de').withdrawal).toBe(
      'Widerrufsrecht: bis 16. März 2026 um 23:59 (Bürgerliches Gesetzbuch (BGB), §§ 312g, 355–357a)',
    );
    expect(summary.legalNote).toBe(
      'Nach dem anwendbaren Recht (Bürgerliches Gesetzbuch (BGB), §§ 312g, 355–357a) beträgt die gesetzliche Erstattungsfrist 14 Tage ab Eingang des Widerrufs; sie endet am 19. März 2026.',
    );
    expect(summary.form.legalBasis).toBe('Muster nach Richtlinie 2011/83/EU, Anhang I Teil B; Bürgerliches Gesetzbuch (BGB), §§ 312g, 355–357a');
  });

  it('is Directive 2011/83/EU, in the document’s language, when the subsidiary names no law', () => {
    const order = withLaw(undefined);
    const summary = withdrawalSummaryView(order, assess(order), AS_OF, 'pl');
    expect(summary.legalNote).toBe(
      'Zgodnie z właściwymi przepisami (Dyrektywa 2011/83/UE w sprawie praw konsumentów) ustawowy termin zwrotu wynosi 14 dni od dnia odstąpienia od umowy i upływa 19 marca 2026.',
    );
    expect(summary.form.legalBasis).toBe('Wzór z dyrektywy 2011/83/UE, załącznik I część B');
  });

  it('is escaped like any input string (reference data is untrusted too)', () => {
    const order = withLaw('<script>alert(1)</script> & Co');
    const form = renderOrderFormHtml(orderFormView(order, computeTotals(order), AS_OF, 'es'));
    const summary = renderWithdrawalHtml(withdrawalSummaryView(order, assess(order), AS_OF, 'it'));
    for (const html of [form, summary]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    }
  });
});
