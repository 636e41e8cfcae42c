import { describe, expect, it } from 'vitest';
import { listPath, orderPath, pageOf, statusesPath, translatePath, withBase, withoutBase, type RouteLocale } from '../../../src/site/routes.ts';

const FR: RouteLocale = { prefix: '', slugs: 'fr' };
const EN: RouteLocale = { prefix: 'en', slugs: 'en' };
const DE: RouteLocale = { prefix: 'de', slugs: 'en' };
const FR_CA: RouteLocale = { prefix: 'fr-ca', slugs: 'fr' };

describe('site routes', () => {
  it('puts the order list and its views under /commandes/ and /en/orders/', () => {
    expect(listPath(FR, 'default')).toBe('/commandes/');
    expect(listPath(FR, 'running')).toBe('/commandes/en-cours/');
    expect(listPath(FR, 'completed')).toBe('/commandes/terminees/');
    expect(listPath(EN, 'expired')).toBe('/en/orders/expired/');
    expect(orderPath(EN, 218764523)).toBe('/en/orders/218764523/');
  });

  it('prefixes other locales, with French slugs for a French variant', () => {
    expect(listPath(DE, 'running')).toBe('/de/orders/running/');
    expect(statusesPath(FR_CA)).toBe('/fr-ca/etats-des-commandes/');
    expect(statusesPath(DE)).toBe('/de/order-statuses/');
  });

  it.each([
    ['/', FR, EN, '/en/'],
    ['/en/', EN, FR, '/'],
    ['/commandes/', FR, EN, '/en/orders/'],
    ['/commandes/toutes/', FR, EN, '/en/orders/all/'],
    ['/en/orders/running/', EN, FR, '/commandes/en-cours/'],
    ['/commandes/218764523/', FR, EN, '/en/orders/218764523/'],
    ['/en/order-statuses/', EN, FR, '/etats-des-commandes/'],
    ['/en/order-statuses/', EN, FR_CA, '/fr-ca/etats-des-commandes/'],
    ['/guides/manage-orders/', FR, EN, '/en/guides/manage-orders/'],
    ['/en/guides/manage-orders/', EN, DE, '/de/guides/manage-orders/'],
    ['/nowhere/', FR, EN, '/en/'],
  ] as const)('translates %s to %s', (path, from, to, expected) => {
    expect(translatePath(path, from, to)).toBe(expected);
  });

  it('does not read a page of one locale as a page of another', () => {
    expect(pageOf('/en/orders/', FR)).toBeUndefined();
    expect(pageOf('/de/orders/12/', DE)).toEqual({ kind: 'order', orderId: 12 });
  });

  it('adds and removes a deployment base', () => {
    expect(withBase('/', '/commandes/')).toBe('/commandes/');
    expect(withBase('/help/', '/commandes/')).toBe('/help/commandes/');
    expect(withoutBase('/help/', '/help/commandes/')).toBe('/commandes/');
    expect(withoutBase('/', '/commandes/')).toBe('/commandes/');
  });
});
