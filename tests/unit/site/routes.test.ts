import { describe, expect, it } from 'vitest';
import { listPath, orderPath, translatePath, withBase, withoutBase } from '../../../src/site/routes.ts';

describe('site routes', () => {
  it('puts the order list and its views under /commandes/ and /en/orders/', () => {
    expect(listPath('fr', 'default')).toBe('/commandes/');
    expect(listPath('fr', 'running')).toBe('/commandes/en-cours/');
    expect(listPath('fr', 'completed')).toBe('/commandes/terminees/');
    expect(listPath('en', 'expired')).toBe('/en/orders/expired/');
    expect(orderPath('en', 218764523)).toBe('/en/orders/218764523/');
  });

  it.each([
    ['/', 'fr', '/en/'],
    ['/en/', 'en', '/'],
    ['/commandes/', 'fr', '/en/orders/'],
    ['/commandes/toutes/', 'fr', '/en/orders/all/'],
    ['/en/orders/running/', 'en', '/commandes/en-cours/'],
    ['/commandes/218764523/', 'fr', '/en/orders/218764523/'],
    ['/en/order-statuses/', 'en', '/etats-des-commandes/'],
    ['/guides/manage-orders/', 'fr', '/en/guides/manage-orders/'],
    ['/en/guides/manage-orders/', 'en', '/guides/manage-orders/'],
    ['/nowhere/', 'fr', '/en/'],
  ] as const)('translates %s (%s) to %s', (path, from, expected) => {
    expect(translatePath(path, from)).toBe(expected);
  });

  it('adds and removes a deployment base', () => {
    expect(withBase('/', '/commandes/')).toBe('/commandes/');
    expect(withBase('/help/', '/commandes/')).toBe('/help/commandes/');
    expect(withoutBase('/help/', '/help/commandes/')).toBe('/commandes/');
    expect(withoutBase('/', '/commandes/')).toBe('/commandes/');
  });
});
