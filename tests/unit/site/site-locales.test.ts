import { describe, expect, it } from 'vitest';
import { pageAlternates } from '../../../src/site/alternates.ts';
import { holdsOrderPage, listLocaleOf, orderLinkLocale, orderPageLocales } from '../../../src/site/order-locales.ts';
import { planLocales, unservedWarning, type SiteLocale } from '../../../src/site/site-locales.ts';

const OVH_DOCS_CODES = ['de-de', 'en-asia', 'en-au', 'en-ca', 'en-gb', 'en-ie', 'en-sg', 'en-us', 'es-es', 'es-us', 'fr-ca', 'fr-fr', 'it-it', 'lt-lt', 'pl-pl', 'pt-pt'];
const plan = planLocales(OVH_DOCS_CODES.map((code) => ({ code, file: `data/guides/g/guide.${code}.md` })));
const byCode = (code: string): SiteLocale => {
  const found = plan.locales.find((locale) => locale.code === code);
  if (found === undefined) throw new Error(code);
  return found;
};

describe('planLocales', () => {
  it('serves every ovh/docs locale of a product language: main locales under /<language>/, variants under /<code>/', () => {
    expect(plan.locales.map((locale) => `${locale.code}→${locale.key}`)).toEqual([
      'fr-fr→root', 'en-gb→en', 'de-de→de', 'en-asia→en-asia', 'en-au→en-au', 'en-ca→en-ca', 'en-ie→en-ie', 'en-sg→en-sg', 'en-us→en-us',
      'es-es→es', 'es-us→es-us', 'fr-ca→fr-ca', 'it-it→it', 'pl-pl→pl', 'pt-pt→pt',
    ]);
  });

  it('gives variants a BCP 47 tag, their language’s slugs and its interface text', () => {
    expect(byCode('fr-ca')).toMatchObject({ htmlLang: 'fr-CA', slugs: 'fr', text: 'fr', main: false, prefix: 'fr-ca' });
    expect(byCode('en-asia')).toMatchObject({ htmlLang: 'en-x-asia', slugs: 'en', text: 'en', label: 'English (Asia)' });
    expect(byCode('de-de')).toMatchObject({ htmlLang: 'de', slugs: 'en', main: true, label: 'Deutsch' });
  });

  it('warns about a locale of a language the site has no interface for, naming the file', () => {
    expect(plan.unserved).toEqual([{ code: 'lt-lt', file: 'data/guides/g/guide.lt-lt.md' }]);
    expect(unservedWarning(plan.unserved[0] ?? { code: '', file: '' })).toMatch(/^data\/guides\/g\/guide\.lt-lt\.md: warning GUIDE_LOCALE_UNSERVED: the locale lt-lt is not published/);
  });

  it('warns about a file whose name holds no ovh/docs locale code', () => {
    const odd = planLocales([{ code: 'fr', file: 'g/guide.fr.md' }, { code: 'EN-GB', file: 'g/guide.EN-GB.md' }]);
    expect(odd.locales.map((locale) => locale.key)).toEqual(['root', 'en']);
    expect(odd.unserved.map(unservedWarning)).toEqual([
      'g/guide.EN-GB.md: warning GUIDE_LOCALE_UNSERVED: "EN-GB" is not an ovh/docs locale code: the guide is not published. Hint: name the file guide.<language>-<region>.md, like guide.fr-fr.md or guide.en-asia.md.',
      'g/guide.fr.md: warning GUIDE_LOCALE_UNSERVED: "fr" is not an ovh/docs locale code: the guide is not published. Hint: name the file guide.<language>-<region>.md, like guide.fr-fr.md or guide.en-asia.md.',
    ]);
  });

  it('adds the main locale of a language of the orders that has no guide, so each order has a page in its language', () => {
    const withOrders = planLocales([{ code: 'fr-fr', file: 'f' }], ['de', 'fr', 'lt']);
    expect(withOrders.locales.map((locale) => `${locale.code}→${locale.key}`)).toEqual(['fr-fr→root', 'en-gb→en', 'de-de→de']);
    expect(orderLinkLocale(withOrders.locales, withOrders.locales[2] as SiteLocale, { language: 'de' }).key).toBe('de');
  });

  it('always has French at the root and English, even with no guide', () => {
    expect(planLocales([]).locales.map((locale) => locale.key)).toEqual(['root', 'en']);
  });

  it('makes the first variant the main locale of a language without its own region', () => {
    const only = planLocales([{ code: 'es-us', file: 'x' }]);
    expect(only.locales.map((locale) => `${locale.key}:${String(locale.main)}`)).toEqual(['root:true', 'en:true', 'es:true']);
  });
});

describe('order pages per locale', () => {
  const fr = { language: 'fr' } as const;
  const en = { language: 'en' } as const;

  it('builds each order in French, English and its own language only', () => {
    expect(orderPageLocales(plan.locales, fr).map((locale) => locale.key)).toEqual(['root', 'en']);
    expect(orderPageLocales(plan.locales, en).map((locale) => locale.key)).toEqual(['root', 'en']);
    expect(holdsOrderPage(byCode('de-de'), { language: 'de' })).toBe(true);
    expect(holdsOrderPage(byCode('fr-ca'), fr)).toBe(false);
  });

  it('links a variant to its language’s list and a list to the order in its language, else English', () => {
    expect(listLocaleOf(plan.locales, byCode('fr-ca')).key).toBe('root');
    expect(listLocaleOf(plan.locales, byCode('en-asia')).key).toBe('en');
    expect(orderLinkLocale(plan.locales, byCode('fr-ca'), fr).key).toBe('root');
    expect(orderLinkLocale(plan.locales, byCode('de-de'), fr).key).toBe('en');
    expect(orderLinkLocale(plan.locales, byCode('en-asia'), fr).key).toBe('en');
  });
});

describe('hreflang alternates', () => {
  const site = { locales: plan.locales, guides: new Map([['g', new Set(['root', 'en', 'de'])]]) };

  it('point a French-slugged page at its English page, never at /en/commandes/', () => {
    const alternates = pageAlternates('/commandes/', byCode('fr-fr'), site);
    expect(alternates.map((alternate) => `${alternate.locale.htmlLang} ${alternate.path}`)).toEqual(['fr /commandes/', 'en /en/orders/', 'de /de/orders/', 'es /es/orders/', 'it /it/orders/', 'pl /pl/orders/', 'pt /pt/orders/']);
  });

  it('list a guide only in the locales it is written in', () => {
    expect(pageAlternates('/de/guides/g/', byCode('de-de'), site).map((alternate) => alternate.path)).toEqual(['/guides/g/', '/en/guides/g/', '/de/guides/g/']);
  });

  it('list an order page where it exists', () => {
    expect(pageAlternates('/en/orders/7/', byCode('en-gb'), site, { language: 'fr' }).map((alternate) => alternate.path)).toEqual(['/commandes/7/', '/en/orders/7/']);
    expect(pageAlternates('/nowhere/', byCode('fr-fr'), site)).toEqual([]);
  });
});
