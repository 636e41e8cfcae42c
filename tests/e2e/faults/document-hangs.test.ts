/**
 * A document that takes far too long (an order form grown to some 20,000 rows: about 25 s of
 * printing) among ordinary ones: it fails alone with a timeout, the others print, and the
 * browser is gone after close. (The render helper's test uses a 1 ms limit on one document.)
 */
import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { PrintTimeoutError } from '../../../src/render/pdf/errors.ts';
import { createPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';
import { browserOf, isAlive } from './support.ts';

const ROWS = 20_000;

describe('a document that hangs', () => {
  it('times out alone, is reported by its title, and the others are printed', async () => {
    const ordinary = orderFormDocument(await fixtureOrder(ORDER_IDS.eur), AS_OF).job;
    const row = '<tr><td>1</td><td><span class="text">VPS Comfort</span></td><td>1 mois</td><td>1</td><td>12,99 €</td><td>12,99 €</td></tr>';
    const huge = {
      ...ordinary,
      title: 'Bon de commande 999999999',
      html: ordinary.html.replace('<tbody>', `<tbody>${row.repeat(ROWS)}`),
    };
    const printer = await createPdfPrinter({ asOf: AS_OF, concurrency: 2, timeoutMs: 6_000, handleSignals: false });
    const browser = browserOf(process.pid);
    let results: PromiseSettledResult<Uint8Array>[];
    try {
      results = await Promise.allSettled([printer.print(ordinary), printer.print(huge), printer.print(ordinary), printer.print(ordinary)]);
    } finally {
      await printer.close();
    }
    const [first, stuck, ...rest] = results;
    expect(stuck?.status).toBe('rejected');
    const reason: unknown = stuck?.status === 'rejected' ? stuck.reason : undefined;
    expect(reason).toBeInstanceOf(PrintTimeoutError);
    expect((reason as Error).message).toBe('Bon de commande 999999999: not printed within 6000 ms');
    for (const result of [first, ...rest]) {
      expect(result?.status).toBe('fulfilled');
      const pdf = result?.status === 'fulfilled' ? result.value : new Uint8Array();
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    }
    expect(printer.restarts).toBe(0);
    expect(browser).toBeDefined();
    expect(isAlive(browser?.pid ?? 0)).toBe(false);
  });
});
