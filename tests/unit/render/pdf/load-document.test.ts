import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../../src/render/order-form/document.ts';
import { splitDocument } from '../../../../src/render/pdf/load-document.ts';
import { AS_OF, loadFixtureOrders, ORDER_IDS } from '../fixture-orders.ts';

const orders = await loadFixtureOrders(['orders']);
const html = (orderId: number, language?: 'fr' | 'en'): string => {
  const order = orders.get(orderId);
  if (order === undefined) throw new Error(`no order ${orderId}`);
  return orderFormDocument(order, AS_OF, language).html;
};

describe('splitDocument (a tab reuses the head of the previous form)', () => {
  it('gives forms in the same language the same head, whatever their title and footer', () => {
    const eur = splitDocument(html(ORDER_IDS.eur));
    const tnd = splitDocument(html(ORDER_IDS.tnd));
    expect(eur?.shellKey).toBe(tnd?.shellKey);
    expect(eur?.shellKey).toContain('<title></title>');
    expect(eur?.footerCss).toContain('content: "Bon de commande 218764523"');
    expect(tnd?.footerCss).toContain('content: "Bon de commande 300000101"');
    expect(eur?.body).toContain('VPS Comfort');
    expect(eur?.body).not.toContain('Licence Windows Server');
  });

  it('gives forms in other languages the same head too: the language is swapped with the title', () => {
    const fr = splitDocument(html(ORDER_IDS.eur, 'fr'));
    const en = splitDocument(html(ORDER_IDS.eur, 'en'));
    expect(fr?.shellKey).toBe(en?.shellKey);
    expect(fr?.shellKey).toContain('<html lang="">');
    expect(fr?.language).toBe('fr');
    expect(en?.language).toBe('en');
  });

  it('keeps a language attribute that is not a plain tag in the head (never decoded by hand)', () => {
    const odd = splitDocument('<html lang="x&amp;y"><head><title>t</title></head><body>b</body></html>');
    expect(odd?.language).toBe('');
    expect(odd?.shellKey).toContain('<html lang="x&amp;y">');
  });

  it('declines a document it does not recognise', () => {
    expect(splitDocument('<html><body onload="x">y</body></html>')).toBeUndefined();
  });
});
