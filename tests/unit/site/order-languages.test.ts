import { describe, expect, it } from 'vitest';
import { languagesIn, orderLanguages } from '../../../src/site/order-languages.ts';

describe('the languages of the orders, estimated', () => {
  const languageOf = (code: string): string | undefined => ({ FR: 'fr', GB: 'en', DE: 'de' })[code];

  it('reads each document’s language, else its subsidiary’s', () => {
    expect([...languagesIn('orderId: 1\nsubsidiary: DE\n---\norderId: 2\nsubsidiary: FR\nlanguage: en\n---\nsubsidiary: "GB"\n', languageOf)].sort()).toEqual(['de', 'en']);
    expect([...languagesIn('customer:\n  language: de\nsubsidiary: XX\n', languageOf)]).toEqual([]);
  });

  it('lists the languages of the shipped orders', async () => {
    expect(await orderLanguages('data/orders', 'data/subsidiaries.yaml')).toEqual(['de', 'en', 'es', 'fr', 'it', 'pl', 'pt']);
  });
});
