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
import { formatCount, formatPeriod } from '../../../src/render/format.ts';
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
