import { describe, expect, it } from 'vitest';
import { changedOrders, parseSiteManifest, siteManifest } from '../../../src/pipeline/cache/site-manifest.ts';

const BASE = 'a'.repeat(64);
const orders = [
  { orderId: 1, source: 'orderId: 1\n' },
  { orderId: 2, source: 'orderId: 2\n' },
  { orderId: 3, source: 'orderId: 3\n' },
];

describe('the site manifest', () => {
  const previous = siteManifest(BASE, 1, orders);

  it('names the orders whose YAML changed, in increasing order', () => {
    const current = siteManifest(BASE, 1, [{ orderId: 1, source: 'orderId: 1\n' }, { orderId: 3, source: 'orderId: 3\n# edited\n' }, { orderId: 2, source: 'orderId: 2 \n' }]);
    expect(changedOrders(previous, current, 3)).toEqual([2, 3]);
    expect(changedOrders(previous, previous, 3)).toEqual([]);
  });

  it('asks for a whole build when anything else changed, an order came or went, or too many changed', () => {
    expect(changedOrders(previous, siteManifest('b'.repeat(64), 1, orders), 3)).toBeUndefined();
    expect(changedOrders(previous, siteManifest(BASE, 2, orders), 3)).toBeUndefined();
    expect(changedOrders(previous, siteManifest(BASE, 1, orders.slice(1)), 3)).toBeUndefined();
    expect(changedOrders(previous, siteManifest(BASE, 1, [...orders.slice(1), { orderId: 4, source: 'orderId: 1\n' }]), 3)).toBeUndefined();
    const twoChanged = siteManifest(BASE, 1, orders.map((order) => (order.orderId === 1 ? order : { ...order, source: `${order.source}#\n` })));
    expect(changedOrders(previous, twoChanged, 1)).toBeUndefined();
    expect(changedOrders(previous, twoChanged, 2)).toEqual([2, 3]);
  });

  it('reads back what it wrote and refuses anything else', () => {
    expect(parseSiteManifest(JSON.stringify(previous))).toEqual(previous);
    for (const text of ['', 'null', '[]', '{"baseKey":"x","searchBundles":1,"orders":{}}', JSON.stringify({ ...previous, searchBundles: 0 }), JSON.stringify({ ...previous, orders: { abc: 'a'.repeat(64) } }), JSON.stringify({ ...previous, orders: { 1: 'short' } })]) {
      expect(parseSiteManifest(text), text).toBeUndefined();
    }
  });
});
